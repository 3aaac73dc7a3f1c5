package org.heapsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.heapsim.check.Comparison;
import org.heapsim.check.CorpusProgram;
import org.heapsim.check.Outcome;
import org.heapsim.python.ProgramRunner;
import org.heapsim.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heapsim check DIR}: every program under DIR against CPython's recorded outputs. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Runs every program under DIR (NAME.py with CPython's outputs recorded in NAME.expected/,",
            "see scripts/record-cpython.py) and compares: stdout exactly, the exit status, the last stderr line",
            "when the status is not 0, and the 'Exception ignored' reports with addresses masked.",
            "With --whole-stderr, stderr is compared in full (addresses masked) instead.",
            "Prints one line per mismatch, then 'N passed, M failed'. Exit 0 when all pass, 1 otherwise.",
            "Progress goes to stderr."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "a directory of programs (searched recursively)")
    Path dir;

    @Option(names = "--python", paramLabel = "VERSION", defaultValue = "3.11",
            description = "3.8 to 3.13, or 'all' for every version recorded (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = "--whole-stderr",
            description = "compare all of stderr (tracebacks with source lines and carets), addresses masked")
    boolean wholeStderr;

    @Mixin
    RunCommand.LimitOptions limits;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("heapsim: " + dir + ": no such directory");
            return ExitCode.USAGE.status();
        }
        List<PythonVersion> versions;
        try {
            versions = python.equals("all") ? List.of(PythonVersion.values()) : List.of(PythonVersion.parse(python));
        } catch (IllegalArgumentException e) {
            err.println("heapsim: " + e.getMessage());
            return ExitCode.USAGE.status();
        }
        List<CorpusProgram> programs = CorpusProgram.findAll(dir);
        int passed = 0;
        int failed = 0;
        int done = 0;
        int total = programs.size() * versions.size();
        for (PythonVersion v : versions) {
            for (CorpusProgram p : programs) {
                Optional<Outcome> expected = p.expected(v);
                done++;
                if (expected.isEmpty()) {
                    continue;
                }
                List<String> diffs = check(p, v, expected.get());
                if (diffs.isEmpty()) {
                    passed++;
                } else {
                    failed++;
                    out.println(p.id() + " [" + v.label() + "]: " + String.join("; ", diffs));
                    out.flush();
                }
                if (done % 25 == 0) {
                    err.println("heapsim check: " + done + "/" + total);
                    err.flush();
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        return failed == 0 ? ExitCode.OK.status() : ExitCode.FAILED.status();
    }

    private List<String> check(CorpusProgram p, PythonVersion v, Outcome expected) throws IOException {
        try {
            Outcome actual = ProgramRunner.run(p.text(), p.source().getFileName().toString(), v, limits.toLimits());
            return Comparison.differences(expected, actual, wholeStderr);
        } catch (ProgramRunner.NotSupported e) {
            return new ArrayList<>(List.of("not supported: " + e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new ArrayList<>(List.of("heapsim internal error: " + e));
        }
    }
}
