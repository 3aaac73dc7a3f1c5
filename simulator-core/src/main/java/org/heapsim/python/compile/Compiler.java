package org.heapsim.python.compile;

import org.heapsim.python.parse.ParseResult;
import org.heapsim.python.scope.Scope;
import org.heapsim.python.vm.Code;
import org.heapsim.python.vm.ConstantObjects;
import org.heapsim.python.vm.PyRuntime;

/**
 * Turns a parsed module into the VM's code objects, following CPython 3.11's
 * {@code Python/compile.c} for the order of every load, store and pop (that order decides when
 * temporaries die). Version differences come from the runtime's version policy.
 */
public final class Compiler {
    private Compiler() {
    }

    /** The module's code; its constants (and nested code objects) are created in rt's heap and held by rt. */
    public static Code compileModule(ParseResult parsed, String fileName, PyRuntime rt) {
        // CPython compiles before the program runs: the constants it makes do not move the gc clock
        int[] counts = rt.heap().gc().counts();
        try {
            Scope module = parsed.symbols().module();
            Compilation cx = new Compilation(fileName, parsed.symbols(), rt.heap().policy(), new ConstantObjects(rt));
            return new StatementCompiler(cx, module, null, "<module>", null).compileModule(parsed.module());
        } finally {
            rt.heap().gc().setCounts(counts);
        }
    }
}
