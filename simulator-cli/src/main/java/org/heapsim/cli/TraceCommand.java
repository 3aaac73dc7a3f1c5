package org.heapsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.heapsim.heap.Snapshot;
import org.heapsim.heap.PyObject;
import org.heapsim.render.DotRenderer;
import org.heapsim.render.Explanations;
import org.heapsim.render.EventFormatter;
import org.heapsim.render.StepRecorder;
import org.heapsim.trace.HeapTraceReader;
import org.heapsim.trace.Trace;
import org.heapsim.trace.TraceReplayer;
import org.heapsim.trace.TraceSyntaxError;
import org.heapsim.version.PythonVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code heapsim trace FILE.heap}: replays a heap trace, printing each event with its trace line. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Replays a heap trace (.heap) on the engine, printing each event with the trace line that caused it,",
            "and checks its 'expect' records. Exit 0 when every expectation holds, 1 when one fails,",
            "2 for a malformed trace (FILE:LINE:COL: message)."})
final class TraceCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the trace file")
    Path file;

    @Option(names = "--python", paramLabel = "VERSION",
            description = "CPython version to simulate: 3.8 to 3.13 (default: 3.11, or the trace's 'python' record)")
    String python;

    @Option(names = {"-q", "--quiet"}, description = "print only the program's output, not the events")
    boolean quiet;

    @Option(names = "--dot", paramLabel = "OUT.dot",
            description = "write a Graphviz picture of the heap after the record on --at LINE (default: the last record)")
    Path dot;

    @Option(names = "--json", paramLabel = "OUT.json",
            description = "write the whole run as JSON: one step per record with bindings, heap, events and output (schema in the README)")
    Path json;

    @Option(names = "--at", paramLabel = "LINE", description = "the trace line whose heap --dot pictures")
    Integer at;

    @Option(names = "--why", paramLabel = "NAME",
            description = "explain the object a trace name refers to after the record on --at LINE (default: the end):"
                    + " why it is alive (the chains of references from the roots), or why it died there")
    String why;

    @Option(names = {"-v", "--verbose"}, description = "also list every reference stored and dropped, and str/int objects")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String name = file.toString();
        String text = InputFiles.read(file, err);
        if (text == null) {
            return ExitCode.USAGE.status();
        }
        try {
            Trace trace = HeapTraceReader.read(name, text);
            List<PythonVersion> allowed = TraceReplayer.versionsOf(trace);
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
            EventFormatter events = quiet ? null : new EventFormatter(name, out::println, verbose);
            String[] picture = new String[1];
            String[] explanation = new String[1];
            Explanations.DeathLog deaths = new Explanations.DeathLog();
            StepRecorder recorder = json == null ? null : new StepRecorder();
            TraceReplayer.StepObserver observer = (record, heap, names, globals) -> {
                if (recorder != null) {
                    recorder.step(record.pos().line(), trace.sourceOf(record), heap, globals);
                }
                if (at != null && record.pos().line() != at) {
                    return;
                }
                if (dot != null) {
                    picture[0] = DotRenderer.render(Snapshot.of(heap), name + " after line " + record.pos().line(), !verbose);
                }
                if (why != null) {
                    PyObject o = names.apply(why);
                    explanation[0] = o == null ? "heapsim: no object is named '" + why + "' at line " + record.pos().line()
                            : o.isFreed() ? o.label() + " is dead: " + deaths.whyDead(o.serial())
                            : Explanations.whyAlive(heap, o, globals, 5);
                }
            };
            List<org.heapsim.event.HeapListener> listeners = new java.util.ArrayList<>();
            listeners.add(deaths);
            if (recorder != null) {
                listeners.add(recorder);
            }
            if (events != null) {
                listeners.add(events);
            }
            TraceReplayer.Result result = TraceReplayer.replay(trace, version, listeners, observer);

            if (dot != null) {
                if (picture[0] == null) {
                    err.println("heapsim: " + name + " has no record on line " + at);
                    return ExitCode.USAGE.status();
                }
                try {
                    Files.writeString(dot, picture[0], StandardCharsets.UTF_8);
                } catch (IOException e) {
                    err.println("heapsim: cannot write " + dot + ": " + e.getMessage());
                    return ExitCode.USAGE.status();
                }
            }
            if (recorder != null) {
                recorder.finish(StepRecorder.SHUTDOWN);
                try {
                    JsonExport export = new JsonExport();
                    export.write(json, export.document(name, version.label(), result.exitStatus(), recorder.steps(), null));
                } catch (IOException e) {
                    err.println("heapsim: cannot write " + json + ": " + e.getMessage());
                    return ExitCode.USAGE.status();
                }
            }
            if (quiet) {
                out.print(result.stdout());
            }
            if (why != null) {
                if (explanation[0] == null) {
                    err.println("heapsim: " + name + " has no record on line " + at);
                    return ExitCode.USAGE.status();
                }
                out.println(explanation[0]);
            }
            err.print(result.stderr());
            for (String f : result.failures()) {
                err.println(f);
            }
            if (!result.failures().isEmpty()) {
                return ExitCode.FAILED.status();
            }
            return result.exitStatus() == 0 ? ExitCode.OK.status() : ExitCode.FAILED.status();
        } catch (TraceSyntaxError e) {
            err.println(e.format(name));
            return ExitCode.USAGE.status();
        } catch (IllegalArgumentException e) {
            err.println("heapsim: " + e.getMessage());
            return ExitCode.USAGE.status();
        }
    }
}
