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

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = file.toString();
        PythonVersion version;
        try {
            version = PythonVersion.parse(python);
        } catch (IllegalArgumentException e) {
            err.println("heapsim: " + e.getMessage());
            return ExitCode.USAGE.status();
        }
        String source = InputFiles.read(file, err);
        if (source == null) {
            return ExitCode.USAGE.status();
        }
        try {
            Outcome o = ProgramRunner.run(source, name, version, limits.toLimits());
            out.print(o.stdout());
            out.flush();
            err.print(o.stderr());
            return o.status();
        } catch (ProgramRunner.NotSupported e) {
            out.print(e.stdout());
            out.flush();
            err.print(e.stderr());
            err.println("heapsim: " + e.getMessage());
            return ExitCode.USAGE.status();
        }
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
