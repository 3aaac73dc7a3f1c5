package org.heapsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.heapsim.python.ProgramExplainer;
import org.heapsim.python.ProgramRunner;
import org.heapsim.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heapsim explain prog.py --line N [--name NAME]}: why objects died on a line, why others live on. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        header = "Runs a Python program and explains, after a line, why objects died there and why others live.",
        description = {"Runs a Python program and, the first time line N has run (when its frame",
            "moves on to another line, returns or raises), explains the heap then:",
            "  - each object freed while the line ran: the chain from the statement to",
            "    its free (the container freed first, __del__, weak references cleared,",
            "    their callbacks and what they removed);",
            "  - why each live instance of the program's classes is alive: refcount,",
            "    holders, chains of references from the program's names (shortest",
            "    first; weak references never hold), or garbage in a cycle awaiting",
            "    the collector. --name: only what NAME is bound to (a local of the",
            "    line's frame, else a global).",
            "The program's output goes to stdout as it is printed, each explanation",
            "between the output before and after its line; the program then runs to",
            "its end and its exit status is heapsim's. Without --line, the lines",
            "marked with a comment CPython ignores are explained:",
            "  del catalog   # heapsim: explain",
            "  x = make()    # heapsim: why x, catalog"})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the Python program")
    Path file;

    @Option(names = "--line", paramLabel = "N", description = "the line to explain (default: the lines marked '# heapsim: explain' or '# heapsim: why NAME')")
    Integer line;

    @Option(names = "--name", paramLabel = "NAME", split = ",",
            description = "with --line: explain only what these names are bound to after the line")
    List<String> names = new ArrayList<>();

    @Option(names = "--python", paramLabel = "VERSION", defaultValue = "3.11",
            description = "CPython version to simulate: 3.8 to 3.13 (default: ${DEFAULT-VALUE})")
    String python;

    @Option(names = {"-v", "--verbose"}, description = "also list the interpreter's machinery freed (frames, code, cells, str, int...)")
    boolean verbose;

    @Mixin
    RunCommand.LimitOptions limits;

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
        List<ProgramExplainer.Request> requests;
        if (line != null) {
            if (line < 1) {
                err.println("heapsim: --line must be a line number (1 or more), not " + line);
                return ExitCode.USAGE.status();
            }
            requests = List.of(new ProgramExplainer.Request(line, names));
        } else if (!names.isEmpty()) {
            err.println("heapsim: --name needs --line (or mark the line with '# heapsim: why NAME')");
            return ExitCode.USAGE.status();
        } else {
            requests = ProgramExplainer.markers(source);
            if (requests.isEmpty()) {
                err.println("heapsim: " + name + " has no line marked '# heapsim: explain' or '# heapsim: why NAME'; give --line N");
                return ExitCode.USAGE.status();
            }
        }
        try {
            ProgramExplainer.Result r = ProgramExplainer.run(source, name, version, limits.toLimits(), requests, verbose, out::print);
            out.flush();
            err.print(r.outcome().stderr());
            for (ProgramExplainer.Request q : r.neverRan()) {
                err.println("heapsim: " + name + ":" + q.line() + " never ran (a blank line, a comment, or code the program did not reach)");
            }
            err.flush();
            return r.outcome().status();
        } catch (ProgramRunner.NotSupported e) {
            out.flush();
            err.print(e.stderr());
            err.println("heapsim: " + e.getMessage());
            return ExitCode.USAGE.status();
        }
    }
}
