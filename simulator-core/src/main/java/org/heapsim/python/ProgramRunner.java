package org.heapsim.python;

import org.heapsim.check.Outcome;
import org.heapsim.heap.Unsupported;
import org.heapsim.python.compile.Compiler;
import org.heapsim.python.parse.CompileWarning;
import org.heapsim.python.parse.ParseResult;
import org.heapsim.python.parse.Parser;
import org.heapsim.python.parse.PySyntaxError;
import org.heapsim.python.parse.UnsupportedSyntax;
import org.heapsim.python.vm.ModuleRunner;
import org.heapsim.python.vm.PyRuntime;
import org.heapsim.version.PythonVersion;

/**
 * Runs a Python program as {@code python3 prog.py} would: compile (a syntax error is printed
 * as CPython prints it and gives status 1; compile warnings go to stderr first), run the module
 * on a fresh heap, shut the interpreter down. One call, one heap: nothing is shared between runs.
 */
public final class ProgramRunner {
    private ProgramRunner() {
    }

    /**
     * A construct the program uses that heapsim does not simulate: {@link #getMessage()} reads
     * {@code prog.py:12:5: 'async def' is not supported} (line and column are 0 when unknown).
     */
    public static final class NotSupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String stdout;
        private final String stderr;

        NotSupported(String message) {
            this(message, "", "");
        }

        NotSupported(String message, String stdout, String stderr) {
            super(message, null, false, false);
            this.stdout = stdout;
            this.stderr = stderr;
        }

        /** What the program had printed to stdout before it reached the construct. */
        public String stdout() {
            return stdout;
        }

        /** What the program had printed to stderr before it reached the construct. */
        public String stderr() {
            return stderr;
        }
    }

    /**
     * The program's stdout, stderr and exit status.
     *
     * @param shownName the file name as tracebacks and syntax errors show it (CPython shows the
     *                  path given on its command line)
     * @throws NotSupported when the program uses a construct outside heapsim's subset
     */
    public static Outcome run(String source, String shownName, PythonVersion version, PyRuntime.Limits limits) {
        return run(source, shownName, version, limits, null);
    }

    /**
     * As {@link #run(String, String, PythonVersion, PyRuntime.Limits)}, with every heap event of
     * the program's run (after the interpreter's start-up) delivered to listener, each tagged with
     * the program's line (code of heapsim's library modules reports the line that called into it).
     */
    public static Outcome run(String source, String shownName, PythonVersion version, PyRuntime.Limits limits,
                              org.heapsim.event.HeapListener listener) {
        return run(source, shownName, version, limits, listener, null);
    }

    /**
     * As above, with observer told of each line the program's code starts and each frame it
     * leaves (while listener is set: the moments of the heap's Operation events), for
     * explanations taken in the middle of the run.
     */
    public static Outcome run(String source, String shownName, PythonVersion version, PyRuntime.Limits limits,
                              org.heapsim.event.HeapListener listener, org.heapsim.python.vm.LineObserver observer) {
        return run(source, shownName, version, limits, listener, observer, null);
    }

    /**
     * As above, with sink told of each piece of the program's output as it is written (compile
     * warnings first, as CPython writes them before the program runs); null for none.
     */
    public static Outcome run(String source, String shownName, PythonVersion version, PyRuntime.Limits limits,
                              org.heapsim.event.HeapListener listener, org.heapsim.python.vm.LineObserver observer,
                              org.heapsim.python.vm.OutputSink sink) {
        int minor = version.minor();
        ParseResult parsed;
        try {
            parsed = Parser.parse(source, shownName, minor);
        } catch (PySyntaxError e) {
            String message = e.format(shownName, minor);
            if (sink != null) {
                sink.write(message, true);
            }
            return new Outcome("", message, 1);
        } catch (UnsupportedSyntax e) {
            throw new NotSupported(e.getMessage());
        }
        StringBuilder warnings = new StringBuilder();
        for (CompileWarning w : parsed.warnings()) {
            warnings.append(w.format(shownName));
        }
        if (sink != null && !warnings.isEmpty()) {
            sink.write(warnings.toString(), true);
        }
        ModuleRunner runner = new ModuleRunner(version, shownName, limits);
        runner.runtime().setOutputSink(sink);
        try {
            // heapsim's weakref.py and _weakrefset.py, compiled when the program imports weakref
            runner.runtime().setModuleCompiler((src, name) ->
                    Compiler.compileModule(Parser.parse(src, name, minor), name, runner.runtime()));
            org.heapsim.python.vm.Code module = Compiler.compileModule(parsed, shownName, runner.runtime());
            runner.runtime().addSource(shownName, parsed.module().sourceLines());
            runner.runtime().setLineObserver(observer);
            if (listener != null) {
                runner.runtime().heap().addListener(listener); // the run's events, not the compiler's
            }
            Outcome o = runner.run(module);
            return warnings.isEmpty() ? o : new Outcome(o.stdout(), warnings + o.stderr(), o.status());
        } catch (UnsupportedSyntax e) {
            throw new NotSupported(e.getMessage());
        } catch (Unsupported e) {
            String where = e.fileName() == null ? shownName : e.fileName() + ":" + e.line() + ":" + e.col();
            throw new NotSupported(where + ": " + e.getMessage(), runner.runtime().stdout(), runner.runtime().stderr());
        }
    }
}
