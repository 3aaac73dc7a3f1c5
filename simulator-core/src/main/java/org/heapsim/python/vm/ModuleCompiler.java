package org.heapsim.python.vm;

import org.heapsim.heap.Unsupported;

/**
 * Compiles the source of one of heapsim's library modules (weakref.py, _weakrefset.py) into
 * code for the runtime it will run in. The front end supplies the parser and compiler
 * ({@link org.heapsim.python.ProgramRunner}); tests may supply hand-assembled code.
 */
@FunctionalInterface
public interface ModuleCompiler {
    Code compile(String source, String fileName);

    /** For runtimes nobody gave a compiler: importing a source module is not supported. */
    ModuleCompiler UNAVAILABLE = (source, fileName) -> {
        throw new Unsupported("importing " + fileName + " without a compiler");
    };
}
