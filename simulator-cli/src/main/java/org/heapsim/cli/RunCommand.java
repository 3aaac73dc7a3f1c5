package org.heapsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.heapsim.check.Outcome;
import org.heapsim.python.ProgramRunner;
import org.heapsim.python.vm.PyRuntime;
import org.heapsim.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heapsim run prog.py}: runs a Python program and prints what CPython would print. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs a Python program (the subset of python-subset.md) on the simulated heap and prints, on",
            "stdout and stderr, exactly what CPython prints. The exit status is the program's own: 0, 1 for an",
            "uncaught exception or a syntax error, n for sys.exit(n); 2 when the program uses a construct",
            "heapsim does not simulate (FILE:LINE:COL: 'construct' is not supported)."})
final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the Python program")
    Path file;

    @Option(names = "--python", paramLabel = "VERSION", defaultValue = "3.11",
            description = "CPython version to simulate: 3.8 to 3.13 (default: ${DEFAULT-VALUE})")
    String python;

    @Mixin
    LimitOptions limits;

    @Option(names = "--events", description = {"print the program's output interleaved with heap events (allocations of",
        "objects, frees with their cause, __del__, weakref callbacks, collections), each tagged with its line"})
    boolean events;

    @Option(names = "--only", paramLabel = "KINDS", split = ",",
            description = "with --events: only these kinds (alloc, free, del, weakref, gc, bind, output)")
    java.util.List<String> only = new java.util.ArrayList<>();

    @Option(names = "--type", paramLabel = "TYPE", description = "with --events: only events about objects of this type (e.g. Cheese)")
    String type;

    @Option(names = {"-v", "--verbose"}, description = "with --events: also str/int objects and every reference stored and dropped")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PythonVersion version;
        try {
            version = PythonVersion.parse(python);
        } catch (IllegalArgumentException e) {
            err.println("heapsim: " + e.getMessage());
            return ExitCode.USAGE.status();
        }
        String name = shownName(file, version);
        String source = InputFiles.read(file, err);
        if (source == null) {
            return ExitCode.USAGE.status();
        }
        org.heapsim.event.HeapListener listener = null;
        if (events) {
            java.util.Set<org.heapsim.render.EventFilter.Kind> kinds = java.util.EnumSet.noneOf(org.heapsim.render.EventFilter.Kind.class);
            try {
                for (String k : only) {
                    kinds.add(org.heapsim.render.EventFilter.Kind.parse(k));
                }
            } catch (IllegalArgumentException e) {
                err.println("heapsim: " + e.getMessage());
                return ExitCode.USAGE.status();
            }
            listener = new org.heapsim.render.EventFilter(kinds, type,
                    new org.heapsim.render.EventFormatter(file.toString(), out::println, verbose));
        }
        try {
            Outcome o = ProgramRunner.run(source, name, version, limits.toLimits(), listener);
            if (!events) {
                out.print(o.stdout()); // with --events, the output is in the event stream
            }
            out.flush();
            err.print(o.stderr());
            return o.status();
        } catch (ProgramRunner.NotSupported e) {
            out.print(e.stdout());
            out.flush();
            err.print(e.stderr());
            // heapsim's own messages name the file as it was given, not as CPython's code would
            String message = e.getMessage().startsWith(name + ":")
                    ? file + e.getMessage().substring(name.length()) : e.getMessage();
            err.println("heapsim: " + message);
            return ExitCode.USAGE.status();
        }
    }

    /**
     * The file name the program's code gets, as `python3 FILE` would give it: 3.9+ join the
     * current directory and a relative path as _Py_abspath does (without normalising it).
     */
    static String shownName(Path file, PythonVersion version) {
        String given = file.toString();
        if (!version.policy().tracebackStyle().mainPathAbsolute() || file.isAbsolute()) {
            return given;
        }
        return System.getProperty("user.dir") + "/" + given;
    }

    /** Limits on untrusted programs, shared by run and check. */
    static final class LimitOptions {
        @Option(names = "--max-steps", paramLabel = "N", description = "stop after N VM instructions (default: 200,000,000)")
        long maxSteps = PyRuntime.Limits.DEFAULT.maxSteps();

        @Option(names = "--max-objects", paramLabel = "N", description = "MemoryError beyond N live objects (default: 20,000,000)")
        long maxObjects = PyRuntime.Limits.DEFAULT.maxObjects();

        @Option(names = "--recursion-limit", paramLabel = "N", description = "RecursionError beyond N nested calls (default: 1000, as CPython's)")
        int recursionLimit = PyRuntime.Limits.DEFAULT.recursionLimit();

        @Option(names = "--max-output", paramLabel = "N", description = "stop after N characters of output (default: 10,000,000)")
        long maxOutput = PyRuntime.Limits.DEFAULT.maxOutputChars();

        PyRuntime.Limits toLimits() {
            return new PyRuntime.Limits(maxSteps, maxObjects, recursionLimit, maxOutput);
        }
    }
}
