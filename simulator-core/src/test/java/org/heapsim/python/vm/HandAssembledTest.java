package org.heapsim.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.heapsim.check.Outcome;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

/** The VM on hand-assembled code, before the compiler exists. */
class HandAssembledTest {
    private static final int ADD = BinaryOp.ADD.ordinal();

    /**
     * def f(a):
     *     print("in f", a)
     *     return a
     * x = f(1) + 2
     * print(x)
     */
    @Test
    void callsAndArithmetic() {
        ModuleRunner r = new ModuleRunner(PythonVersion.V3_11, "t.py", PyRuntime.Limits.DEFAULT);
        CodeBuilder fb = new CodeBuilder();
        fb.setLine(2);
        fb.emit(Op.LOAD_GLOBAL, fb.name("print") << 1 | 1);
        fb.emit(Op.LOAD_CONST, fb.constant("in f", r.str("in f")));
        fb.emit(Op.LOAD_FAST, 0);
        fb.emit(Op.CALL, 2);
        fb.emit(Op.POP_TOP);
        fb.setLine(3);
        fb.emit(Op.LOAD_FAST, 0);
        fb.emit(Op.RETURN_VALUE);
        Code f = fb.build("f", "f", "t.py", 1, new String[] {"a"}, new byte[] {Code.LOCAL | Code.ARG}, 1, 0, 0, 0);

        CodeBuilder mb = new CodeBuilder();
        mb.setLine(1);
        mb.emit(Op.LOAD_CONST, mb.constant(null, r.code(f)));
        mb.emit(Op.MAKE_FUNCTION, 0);
        mb.emit(Op.STORE_NAME, mb.name("f"));
        mb.setLine(4);
        mb.emit(Op.PUSH_NULL);
        mb.emit(Op.LOAD_NAME, mb.name("f"));
        mb.emit(Op.LOAD_CONST, mb.constant(1L, r.integer(1)));
        mb.emit(Op.CALL, 1);
        mb.emit(Op.LOAD_CONST, mb.constant(2L, r.integer(2)));
        mb.emit(Op.BINARY_OP, ADD);
        mb.emit(Op.STORE_NAME, mb.name("x"));
        mb.setLine(5);
        mb.emit(Op.PUSH_NULL);
        mb.emit(Op.LOAD_NAME, mb.name("print"));
        mb.emit(Op.LOAD_NAME, mb.name("x"));
        mb.emit(Op.CALL, 1);
        mb.emit(Op.POP_TOP);
        mb.emit(Op.LOAD_CONST, mb.constant("None", r.none()));
        mb.emit(Op.RETURN_VALUE);
        Code module = mb.build("<module>", "<module>", "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE);

        Outcome o = r.run(module);
        assertEquals("in f 1\n3\n", o.stdout(), o.stderr());
        assertEquals(0, o.status());
    }

    /** print(undefined) -> NameError traceback, exit 1 */
    @Test
    void uncaughtNameError() {
        ModuleRunner r = new ModuleRunner(PythonVersion.V3_11, "t.py", PyRuntime.Limits.DEFAULT);
        CodeBuilder mb = new CodeBuilder();
        mb.setLine(1);
        mb.emit(Op.PUSH_NULL);
        mb.emit(Op.LOAD_NAME, mb.name("print"));
        mb.emit(Op.LOAD_NAME, mb.name("undefined"));
        mb.emit(Op.CALL, 1);
        mb.emit(Op.POP_TOP);
        mb.emit(Op.LOAD_CONST, mb.constant("None", r.none()));
        mb.emit(Op.RETURN_VALUE);
        Outcome o = r.run(mb.build("<module>", "<module>", "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE));
        assertEquals(1, o.status());
        assertEquals("Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\nNameError: name 'undefined' is not defined\n", o.stderr());
    }
}
