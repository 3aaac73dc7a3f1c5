package org.heapsim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.event.HeapEvent;
import org.heapsim.event.HeapListener;
import org.heapsim.heap.LargeStack;
import org.heapsim.heap.Snapshot;
import org.heapsim.render.StepRecorder;
import org.heapsim.trace.HeapTraceReader;
import org.heapsim.trace.Trace;
import org.heapsim.trace.TraceReplayer;
import org.heapsim.trace.TraceSyntaxError;
import org.heapsim.version.PythonVersion;

/**
 * The entry point for tools that embed heapsim. A simulator is immutable configuration (the
 * CPython version to simulate, limits, listeners for live stepping); every run gets a heap of
 * its own on a thread of its own, so one simulator can serve many runs in parallel.
 *
 * <pre>{@code
 * Simulator sim = Simulator.builder().python("3.11").maxLiveObjects(100_000).build();
 * Simulator.Run run = sim.runTrace("seed.heap", traceText);
 * run.stdout();            // what the program printed
 * run.events();            // every heap event, in order
 * run.steps().get(5);      // the heap after the sixth record
 * }</pre>
 *
 * Python source ({@code run(source)}) comes with the Python front end.
 */
public final class Simulator {
    private final PythonVersion version;
    private final long maxLiveObjects;
    private final List<HeapListener> listeners;
    private final boolean recordSteps;
    private final boolean explain;
    private final int maxExplained;
    private final int firstLine;
    private final int lastLine;

    private Simulator(Builder b) {
        this.version = b.version;
        this.maxLiveObjects = b.maxLiveObjects;
        this.listeners = List.copyOf(b.listeners);
        this.recordSteps = b.recordSteps;
        this.explain = b.explain;
        this.maxExplained = b.maxExplained;
        this.firstLine = b.firstLine;
        this.lastLine = b.lastLine;
    }

    public static Builder builder() {
        return new Builder();
    }

    public PythonVersion version() {
        return version;
    }

    /**
     * One executed step (a trace record; a source line of a program) and everything after it,
     * self-contained: the step's line (0 for none, such as the interpreter's shutdown) and text,
     * the heap, the module's global bindings and the running frames (outermost first), the
     * events since the previous step, the program's standard output so far, and, when the
     * simulator was built with {@link Builder#explain}, why each object is alive (object id to
     * {@link org.heapsim.render.Explanations#whyAlive}; empty otherwise). Steps are made by a
     * {@link org.heapsim.render.StepRecorder}.
     */
    public record Step(int line, String source, Snapshot heap, List<Binding> globals, List<Frame> frames,
                       List<HeapEvent> events, String stdout, Map<Long, String> whyAlive) {
        public Step {
            globals = List.copyOf(globals);
            frames = List.copyOf(frames);
            events = List.copyOf(events);
            whyAlive = Collections.unmodifiableMap(new LinkedHashMap<>(whyAlive));
        }
    }

    /** A name bound to an object (by its id, as in {@link Snapshot.ObjectInfo#id}). */
    public record Binding(String name, long object) {
    }

    /** A running frame: its function's name, the frame object's id and its bound locals in order. */
    public record Frame(String name, long object, List<Binding> locals) {
        public Frame {
            locals = List.copyOf(locals);
        }
    }

    /** What a run produced. */
    public record Run(String stdout, String stderr, int exitStatus, List<String> failedExpectations,
                      List<HeapEvent> events, List<Step> steps) {
        public boolean passed() {
            return exitStatus == 0 && failedExpectations.isEmpty();
        }
    }

    /**
     * Replays a heap trace (the {@code .heap} format of the README) and returns its output, its
     * events and, unless disabled, a snapshot of the heap after every record.
     *
     * @throws TraceSyntaxError for a malformed line (with its line and column)
     */
    public Run runTrace(String name, String text) throws TraceSyntaxError {
        Trace trace = HeapTraceReader.read(name, text);
        if (!TraceReplayer.versionsOf(trace).contains(version)) {
            throw new TraceSyntaxError(1, 1, name + " is written for Python " + TraceReplayer.versionsOf(trace) + ", not " + version);
        }
        List<HeapEvent> events = Collections.synchronizedList(new ArrayList<>());
        StepRecorder recorder = new StepRecorder(explain, maxExplained);
        List<HeapListener> all = new ArrayList<>(listeners);
        all.add(events::add);
        if (recordSteps) {
            all.add(recorder);
        }
        Object[] outcome = LargeStack.call(() -> {
            try {
                return new Object[] {TraceReplayer.replay(trace, version, all, (record, heap, names, globals) -> {
                    int line = record.pos().line();
                    if (recordSteps && line >= firstLine && line <= lastLine) {
                        recorder.step(line, trace.sourceOf(record), heap, globals);
                    }
                }, maxLiveObjects)};
            } catch (TraceSyntaxError e) {
                return new Object[] {e};
            }
        });
        if (outcome[0] instanceof TraceSyntaxError e) {
            throw e;
        }
        TraceReplayer.Result r = (TraceReplayer.Result) outcome[0];
        if (recordSteps && lastLine == Integer.MAX_VALUE) {
            recorder.finish(StepRecorder.SHUTDOWN);
        }
        return new Run(r.stdout(), r.stderr(), r.exitStatus(), r.failures(), List.copyOf(events), recorder.steps());
    }

    /** Configuration of a {@link Simulator}. */
    public static final class Builder {
        private PythonVersion version = PythonVersion.DEFAULT;
        private long maxLiveObjects = Long.MAX_VALUE;
        private final List<HeapListener> listeners = new ArrayList<>();
        private boolean recordSteps = true;
        private boolean explain;
        private int maxExplained = 1000;
        private int firstLine = 0;
        private int lastLine = Integer.MAX_VALUE;

        private Builder() {
        }

        /** "3.8" to "3.13"; 3.11 by default. */
        public Builder python(String version) {
            this.version = PythonVersion.parse(version);
            return this;
        }

        /** Live objects allowed before the simulated program gets a MemoryError (untrusted input). */
        public Builder maxLiveObjects(long max) {
            this.maxLiveObjects = max;
            return this;
        }

        /** Receives every event as it happens (live stepping), on the run's thread. */
        public Builder listener(HeapListener listener) {
            listeners.add(listener);
            return this;
        }

        /** Whether runs keep a heap snapshot after every step (on by default). */
        public Builder recordSteps(boolean on) {
            this.recordSteps = on;
            return this;
        }

        /**
         * Whether each recorded step carries why-alive explanations ({@link Step#whyAlive}) for
         * up to maxPerStep of its objects (off by default: each explanation walks the heap).
         */
        public Builder explain(boolean on, int maxPerStep) {
            this.explain = on;
            this.maxExplained = maxPerStep;
            return this;
        }

        /**
         * Records only the steps of source lines first to last (a window on a long run): the
         * events of the steps left out go to the next step recorded, and the shutdown's step is
         * recorded only when last is {@link Integer#MAX_VALUE} (the default: every step).
         */
        public Builder stepLines(int first, int last) {
            this.firstLine = first;
            this.lastLine = last;
            return this;
        }

        public Simulator build() {
            return new Simulator(this);
        }
    }
}
