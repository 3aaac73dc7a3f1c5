package org.heapsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.heapsim.Simulator;
import org.heapsim.trace.HeapTraceReader;
import org.heapsim.trace.TraceReplayer;
import org.heapsim.trace.TraceSyntaxError;
import org.heapsim.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heapsim html FILE -o OUT.html}: writes the step-through page of a run. */
@Command(name = "html", mixinStandardHelpOptions = true,
        description = {"Writes one self-contained HTML page (no network needed to open it) that steps forward and back",
            "through the run: the source with the current line, the names, the heap graph (refcounts, weak",
            "references dashed, objects awaiting collection grey, changes highlighted), the step's events,",
            "the output so far, and why an object is alive or dead when it is clicked. Keys: left/right",
            "arrows, Home, End; #step=N in the URL opens step N. FILE is a heap trace (.heap); Python",
            "programs follow when the front end records steps."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            " 0:the page was written and the run passed",
            " 1:the page was written, but an expectation failed or the program raised",
            " 2:bad usage or input (malformed trace, missing file, OUT not writable)",
            " 3:internal error in heapsim"})
final class HtmlCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the heap trace (.heap)")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", required = true, description = "the page to write")
    Path output;

    @Option(names = "--python", paramLabel = "VERSION",
            description = "CPython version to simulate: 3.8 to 3.13 (default: 3.11, or the trace's 'python' record)")
    String python;

    @Option(names = "--max-explained", paramLabel = "N", defaultValue = "1000",
            description = "explain at most N objects per step (default: ${DEFAULT-VALUE}; each explanation walks the heap, and is kept in the page)")
    int maxExplained;

    @Option(names = "--lines", paramLabel = "FROM-TO",
            description = {"embed only the steps of these source lines (for long runs: every step holds the whole heap);",
                "the first step embedded holds the events of the steps before it"})
    String lines;

    /** Pages beyond this size get a note on stderr suggesting --lines. */
    static final long LARGE_PAGE = 50L << 20;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = file.toString();
        if (name.endsWith(".py")) {
            err.println("heapsim: " + name + ": html needs the run's steps, which the Python front end does not record yet;"
                    + " give a heap trace (.heap)");
            return ExitCode.USAGE.status();
        }
        int from = 0;
        int to = Integer.MAX_VALUE;
        if (lines != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)-(\\d+)").matcher(lines);
            if (!m.matches() || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
                err.println("heapsim: --lines wants FROM-TO (line numbers, FROM <= TO), not '" + lines + "'");
                return ExitCode.USAGE.status();
            }
            from = Integer.parseInt(m.group(1));
            to = Integer.parseInt(m.group(2));
        }
        String text = InputFiles.read(file, err);
        if (text == null) {
            return ExitCode.USAGE.status();
        }
        try {
            List<PythonVersion> allowed = TraceReplayer.versionsOf(HeapTraceReader.read(name, text));
            PythonVersion version;
            if (python != null) {
                version = PythonVersion.parse(python);
                if (!allowed.contains(version)) {
                    err.println("heapsim: " + name + " is written for Python " + allowed + ", not " + version);
                    return ExitCode.USAGE.status();
                }
            } else {
                version = allowed.contains(PythonVersion.DEFAULT) ? PythonVersion.DEFAULT : allowed.get(0);
            }
            Simulator.Run run = Simulator.builder().python(version.label()).explain(true, maxExplained)
                    .stepLines(from, lines == null ? Integer.MAX_VALUE : to).build().runTrace(name, text);
            if (run.steps().isEmpty()) {
                err.println("heapsim: " + name + " has no step on lines " + lines);
                return ExitCode.USAGE.status();
            }
            String page = HtmlPage.render(name, text, version.label(), run);
            try {
                Files.writeString(output, page, StandardCharsets.UTF_8);
                if (page.length() > LARGE_PAGE) {
                    err.println("heapsim: note: " + output + " is " + (page.length() >> 20) + " MB (" + run.steps().size()
                            + " steps, each with the whole heap); --lines FROM-TO embeds fewer steps");
                }
            } catch (IOException e) {
                err.println("heapsim: cannot write " + output + ": " + e.getMessage());
                return ExitCode.USAGE.status();
            }
            err.print(run.stderr());
            for (String f : run.failedExpectations()) {
                err.println(f);
            }
            return run.passed() ? ExitCode.OK.status() : ExitCode.FAILED.status();
        } catch (TraceSyntaxError e) {
            err.println(e.format(name));
            return ExitCode.USAGE.status();
        } catch (IllegalArgumentException e) {
            err.println("heapsim: " + e.getMessage());
            return ExitCode.USAGE.status();
        } catch (IOException e) {
            err.println("heapsim: " + e.getMessage());
            return ExitCode.INTERNAL.status();
        }
    }
}
