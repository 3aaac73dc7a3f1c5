package org.heapsim.python;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heapsim.check.Outcome;
import org.heapsim.event.HeapEvent;
import org.heapsim.event.HeapListener;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.HeapWalker;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Slots;
import org.heapsim.python.parse.Parser;
import org.heapsim.python.vm.LineObserver;
import org.heapsim.python.vm.ProgramFrame;
import org.heapsim.python.vm.PyRuntime;
import org.heapsim.render.Explanations;
import org.heapsim.render.ProgramNaming;
import org.heapsim.version.PythonVersion;

/**
 * {@code heapsim explain}: runs a program and, the first time a chosen line has run, says what
 * died while it ran and why (the causal chain from the statement to each free, through
 * {@code __del__} and weakref callbacks), and why the objects of the program's classes that are
 * still alive are alive (their refcount, their holders, the chains of references from the
 * program's names, or the cycle that keeps them waiting for the collector).
 *
 * <p>A line "has run" when the frame that ran it moves on: it starts another line, returns,
 * yields or is left by an exception. The explanation is written at that moment, between the
 * output the program printed before and after it; the program then runs to its end.
 *
 * <p>Lines can be chosen without touching the program's meaning: a line ending in the comment
 * {@code # heapsim: explain} or {@code # heapsim: why NAME[, NAME...]} (see {@link #markers}).
 */
public final class ProgramExplainer {
    /**
     * Explain line (1-based) after its first run: every object of the program's classes alive
     * then, or only what names are bound to in the running frame (its locals, then the globals).
     */
    public record Request(int line, List<String> names) {
        public Request {
            names = List.copyOf(names);
        }
    }

    /** The program's outcome (its stdout was already written) and the requests whose line never ran. */
    public record Result(Outcome outcome, List<Request> neverRan) {
    }

    private static final Pattern MARKER = Pattern.compile(
            "#\\s*heapsim:\\s*(?:(explain)|why\\s+([A-Za-z_][A-Za-z0-9_]*(?:\\s*,\\s*[A-Za-z_][A-Za-z0-9_]*)*))\\s*$");

    /** The types whose frees are the interpreter's machinery: listed only when verbose. */
    private static final Set<String> MACHINERY = Set.of("str", "int", "float", "bytes", "bool", "NoneType", "frame", "code",
            "cell", "getset_descriptor", "member_descriptor", "method", "builtin_function_or_method", "traceback", "super");

    /** At most this many frees and live instances are explained per line. */
    private static final int MAX_LISTED = 20;

    /** Ends the program's unfinished line of output before an explanation (it continues after it). */
    public static final String LINE_CUT = "⏎\n";

    private ProgramExplainer() {
    }

    /**
     * The lines the program marks with a comment CPython ignores: {@code # heapsim: explain}
     * (every instance of the program's classes) or {@code # heapsim: why NAME, NAME}.
     */
    public static List<Request> markers(String source) {
        List<Request> out = new ArrayList<>();
        String[] lines = source.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int hash = lines[i].indexOf('#');
            if (hash < 0) {
                continue;
            }
            Matcher m = MARKER.matcher(lines[i]);
            if (m.find()) {
                List<String> names = new ArrayList<>();
                if (m.group(2) != null) {
                    for (String n : m.group(2).split(",")) {
                        names.add(n.strip());
                    }
                }
                out.add(new Request(i + 1, names));
            }
        }
        return out;
    }

    /**
     * Runs the program, writing its stdout and each explanation to out as they come (stderr is
     * in the outcome, as {@link ProgramRunner#run} gives it).
     *
     * @param verbose also list the interpreter's machinery freed (frames, code, cells, str, int...)
     * @throws ProgramRunner.NotSupported as {@link ProgramRunner#run} (its stdout was already written)
     */
    public static Result run(String source, String shownName, PythonVersion version, PyRuntime.Limits limits,
                             List<Request> requests, boolean verbose, Consumer<String> out) {
        BindingNotes notes;
        try {
            notes = BindingNotes.of(Parser.parse(source, shownName, version.minor()).module());
        } catch (RuntimeException e) {
            notes = null; // ProgramRunner reports it (a syntax error, an unsupported construct)
        }
        Session s = new Session(source, notes, requests, verbose, out);
        Outcome o = ProgramRunner.run(source, shownName, version, limits, s, s);
        List<Request> never = new ArrayList<>();
        for (Watch w : s.watches) {
            if (w.state == State.PENDING) {
                never.add(w.request);
            }
        }
        return new Result(o, never);
    }

    private enum State { PENDING, RUNNING, DONE }

    /** One request being watched. */
    private static final class Watch {
        final Request request;
        State state = State.PENDING;
        ProgramFrame frame;
        String where;
        final List<Long> freed = new ArrayList<>();
        final Map<Long, String> typeOf = new HashMap<>();
        final Map<Long, String> labels = new HashMap<>();
        final Set<Long> withoutDel = new HashSet<>();
        /** The __dict__s of instances: freed with their instance, listed only when verbose. */
        final Set<Long> instanceDicts = new HashSet<>();
        /** The objects alive when the line started; the others it freed were its temporaries. */
        final Set<Long> existedBefore = new HashSet<>();
        final Set<String> programClasses = new HashSet<>();
        final Map<String, PyObject> boundBefore = new LinkedHashMap<>();

        Watch(Request request) {
            this.request = request;
        }
    }

    private static final class Session implements HeapListener, LineObserver {
        private final String[] lines;
        private final BindingNotes notes;
        private final List<Watch> watches = new ArrayList<>();
        private final boolean verbose;
        private final Consumer<String> out;
        private final Explanations.DeathLog deaths = new Explanations.DeathLog();
        /** The qualified name of each frame of the program that is running (or suspended after a line). */
        private final Map<FrameObject, String> qualnames = new IdentityHashMap<>();
        private int running;
        private HeapEvent.Operation lastOperation;
        private boolean atLineStart = true;

        Session(String source, BindingNotes notes, List<Request> requests, boolean verbose, Consumer<String> out) {
            this.lines = source.split("\r\n|\r|\n", -1);
            this.notes = notes;
            this.verbose = verbose;
            this.out = out;
            for (Request r : requests) {
                watches.add(new Watch(r));
            }
        }

        private void write(String text) {
            if (!text.isEmpty()) {
                out.accept(text);
                atLineStart = text.endsWith("\n");
            }
        }

        @Override
        public void onEvent(HeapEvent e) {
            if (e instanceof HeapEvent.Output o && !o.stderr()) {
                write(o.text());
            }
            if (running == 0) {
                if (e instanceof HeapEvent.Operation op) {
                    lastOperation = op; // the line about to start: the root cause of its frees
                }
                return;
            }
            deaths.onEvent(e);
            for (Watch w : watches) {
                if (w.state != State.RUNNING) {
                    continue;
                }
                if (e instanceof HeapEvent.Freed f) {
                    w.freed.add(f.object());
                } else if (e instanceof HeapEvent.Allocated a) {
                    w.typeOf.put(a.object(), a.type());
                }
            }
        }

        @Override
        public void lineStarted(Heap heap, ProgramFrame frame, int line) {
            qualnames.put(frame.heapFrame(), frame.qualName());
            for (Watch w : watches) {
                if (w.state == State.RUNNING && w.frame == frame && line != w.request.line()) {
                    finish(heap, w);
                }
            }
            for (Watch w : watches) {
                if (w.state == State.PENDING && w.request.line() == line) {
                    start(heap, w, frame);
                }
            }
        }

        @Override
        public void frameLeft(Heap heap, ProgramFrame frame) {
            for (Watch w : watches) {
                if (w.state == State.RUNNING && w.frame == frame) {
                    finish(heap, w);
                }
            }
            qualnames.remove(frame.heapFrame());
        }

        private void start(Heap heap, Watch w, ProgramFrame frame) {
            w.state = State.RUNNING;
            w.frame = frame;
            w.where = frame.isModule() ? "in the module" : "in " + title(frame.heapFrame());
            if (running++ == 0 && lastOperation != null) {
                deaths.onEvent(lastOperation);
            }
            for (PyObject o : HeapWalker.liveObjects(heap)) {
                w.typeOf.put(o.serial(), o.typeName());
                w.existedBefore.add(o.serial());
                if (o instanceof ClassObject c && definedByProgram(c)) {
                    w.programClasses.add(c.name());
                }
                if (o.instanceState() != null) {
                    w.labels.put(o.serial(), ProgramNaming.describe(o));
                    PyObject dict = ProgramNaming.instanceDict(o);
                    if (dict != null) {
                        w.instanceDicts.add(dict.serial());
                    }
                    if (o.type() instanceof ClassObject c && !c.hasFinalizer() && definedByProgram(c)) {
                        w.withoutDel.add(o.serial());
                    }
                }
            }
            for (String name : w.request.names()) {
                PyObject o = lookup(frame, name);
                if (o != null) {
                    w.boundBefore.put(name, o);
                }
            }
        }

        private void finish(Heap heap, Watch w) {
            w.state = State.DONE;
            running--;
            ProgramFrame frame = w.frame;
            DictObject globals = frame.globals();
            ProgramNaming naming = naming();
            StringBuilder sb = new StringBuilder();
            int line = w.request.line();
            String text = line <= lines.length ? lines[line - 1].strip() : "";
            sb.append("── heapsim explain: line ").append(line).append(" '").append(withoutMarker(text)).append("' has run (its first run, ")
                    .append(w.where).append(")\n");

            // (a) what died while it ran
            List<PyObject> liveObjects = HeapWalker.liveObjects(heap);
            Map<Long, PyObject> live = new HashMap<>();
            for (PyObject o : liveObjects) {
                live.put(o.serial(), o);
            }
            naming.withInstanceDicts(liveObjects);
            Explanations.DeathLog.Labels labels = labels(heap, w, globals, live);
            List<String> deadLines = new ArrayList<>();
            int hidden = 0;
            int temporaries = 0;
            int more = 0;
            Set<String> programClasses = new HashSet<>(w.programClasses);
            for (PyObject o : liveObjects) {
                if (o instanceof ClassObject c && definedByProgram(c)) {
                    programClasses.add(c.name());
                }
            }
            for (long serial : w.freed) {
                String type = w.typeOf.getOrDefault(serial, "");
                if (!verbose && (MACHINERY.contains(type) || w.instanceDicts.contains(serial))) {
                    hidden++;
                    continue;
                }
                if (!verbose && !w.existedBefore.contains(serial) && !programClasses.contains(type)) {
                    temporaries++; // made and dropped by the line (or the library code it called)
                    continue;
                }
                if (deadLines.size() == MAX_LISTED) {
                    more++;
                    continue;
                }
                String label = labels.label(serial);
                deadLines.add((label != null ? label : deaths.labelAtFree(serial)) + " is dead: " + deaths.whyDead(serial, labels));
            }
            List<String> unlisted = new ArrayList<>();
            if (temporaries > 0) {
                unlisted.add(temporaries + (temporaries == 1 ? " temporary" : " temporaries") + " the line made");
            }
            if (hidden > 0) {
                unlisted.add(objects(hidden) + " of the interpreter");
            }
            String others = unlisted.isEmpty() ? "" : String.join(", ", unlisted) + "; -v lists them";
            if (deadLines.isEmpty()) {
                sb.append("Nothing of the program was freed while it ran").append(others.isEmpty() ? "" : " (only " + others + ")")
                        .append(".\n");
            } else {
                sb.append("Freed while it ran").append(others.isEmpty() ? "" : " (and " + others + ")").append(":\n");
                for (String d : deadLines) {
                    sb.append("  ").append(d).append('\n');
                }
                if (more > 0) {
                    sb.append("  ... and ").append(more).append(" more\n");
                }
            }

            // (b) why what is still there is alive
            if (w.request.names().isEmpty()) {
                List<PyObject> instances = new ArrayList<>();
                for (PyObject o : live.values()) {
                    if (o.instanceState() != null && o.type() instanceof ClassObject c && definedByProgram(c)) {
                        instances.add(o);
                    }
                }
                instances.sort(Comparator.comparingLong(PyObject::serial));
                if (instances.isEmpty()) {
                    sb.append("No instance of the program's classes is alive.\n");
                } else {
                    sb.append("Alive now, the instances of the program's classes:\n");
                    int shown = 0;
                    for (PyObject o : instances) {
                        if (shown++ == MAX_LISTED) {
                            sb.append("  ... and ").append(instances.size() - MAX_LISTED)
                                    .append(" more (--name NAME, or '# heapsim: why NAME', explains one)\n");
                            break;
                        }
                        sb.append(indent(Explanations.whyAlive(heap, o, globals, 5, naming))).append('\n');
                    }
                }
            } else {
                for (String name : w.request.names()) {
                    sb.append(explainName(heap, w, name, globals, naming, labels)).append('\n');
                }
            }
            sb.append("──\n");
            if (!atLineStart) {
                write(LINE_CUT); // the program's line goes on after the explanation
            }
            write(sb.toString());
        }

        private String explainName(Heap heap, Watch w, String name, DictObject globals, ProgramNaming naming,
                                   Explanations.DeathLog.Labels labels) {
            PyObject now = lookup(w.frame, name);
            PyObject before = w.boundBefore.get(name);
            String scope = w.frame.isModule() ? "" : " in " + title(w.frame.heapFrame()) + " or the globals";
            if (now != null) {
                return "'" + name + "': " + Explanations.whyAlive(heap, now, globals, 5, naming).replace("\n", "\n  ");
            }
            if (before == null) {
                return "  '" + name + "' is not bound" + scope + ", before or after the line.";
            }
            String label = labels.label(before.serial());
            label = label != null ? label : before.label();
            if (before.isFreed()) {
                return "'" + name + "' was " + label + " before the line, no longer bound after it:\n  " + label + " is dead: "
                        + deaths.whyDead(before.serial(), labels);
            }
            return "'" + name + "' was " + label + " before the line, no longer bound after it:\n"
                    + indent(Explanations.whyAlive(heap, before, globals, 5, naming));
        }

        private Explanations.DeathLog.Labels labels(Heap heap, Watch w, DictObject globals, Map<Long, PyObject> live) {
            return new Explanations.DeathLog.Labels() {
                @Override
                public String label(long object) {
                    return w.labels.get(object);
                }

                @Override
                public boolean withoutDel(long object) {
                    return w.withoutDel.contains(object);
                }

                @Override
                public String name(long object) {
                    PyObject o = live.get(object);
                    return o == null ? null : programName(globals, o);
                }
            };
        }

        private ProgramNaming naming() {
            Map<String, String> globalNotes = notes == null ? Map.of() : notes.of(BindingNotes.MODULE);
            return new ProgramNaming(globalNotes, f -> qualnames.containsKey(f) ? title(f) : null, (f, name) -> {
                String q = qualnames.get(f);
                return q == null || notes == null ? null : notes.of(q).get(name);
            });
        }

        private String title(FrameObject f) {
            String q = qualnames.get(f);
            if (q == null) {
                q = f.name();
            }
            return q.equals("<module>") ? "the module" : q + "()";
        }

        /** What name is bound to in the frame (a local, or a namespace entry), else in its globals. */
        private static PyObject lookup(ProgramFrame frame, String name) {
            PyObject o = frame.lookupLocal(name);
            if (o != null) {
                return o;
            }
            DictObject g = frame.globals();
            for (int i = 0; g != null && !g.isFreed() && i < g.entrySlots(); i++) {
                if (g.keyAt(i) instanceof AtomObject k && k.isStr() && k.asString().equals(name)) {
                    return g.valueAt(i);
                }
            }
            return null;
        }
    }

    private static String objects(int n) {
        return n == 1 ? "1 object" : n + " objects";
    }

    private static String withoutMarker(String line) {
        Matcher m = MARKER.matcher(line);
        return m.find() ? line.substring(0, m.start()).strip() : line;
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }

    /** A class whose {@code __module__} is {@code __main__}. */
    static boolean definedByProgram(ClassObject c) {
        DictObject d = c.dict();
        for (int i = 0; d != null && i < d.entrySlots(); i++) {
            if (d.keyAt(i) instanceof AtomObject k && k.isStr() && k.asString().equals("__module__")) {
                return d.valueAt(i) instanceof AtomObject v && v.isStr() && v.asString().equals("__main__");
            }
        }
        return false;
    }

    /**
     * The shortest expression of the program's globals that reaches target through attributes,
     * list items and dict values ({@code stock.data}, {@code catalog[3]}), at most four steps
     * long, or null. The entries of a weak dictionary read as its own ({@code stock['lock']}).
     */
    static String programName(DictObject globals, PyObject target) {
        if (globals == null || globals.isFreed()) {
            return null;
        }
        Map<PyObject, String> name = new IdentityHashMap<>();
        Map<PyObject, Integer> depth = new IdentityHashMap<>();
        ArrayDeque<PyObject> queue = new ArrayDeque<>();
        for (int i = 0; i < globals.entrySlots(); i++) {
            if (globals.keyAt(i) instanceof AtomObject k && k.isStr() && !k.asString().startsWith("__")) {
                PyObject v = globals.valueAt(i);
                if (!v.isImmortal() && !name.containsKey(v)) {
                    name.put(v, k.asString());
                    depth.put(v, 0);
                    queue.add(v);
                }
            }
        }
        while (!queue.isEmpty()) {
            PyObject o = queue.poll();
            if (o == target) {
                return name.get(o);
            }
            int d = depth.get(o);
            if (d >= 4) {
                continue;
            }
            String base = name.get(o);
            Slots.SlotVisitor step = (slot, t) -> {
                if (t.isImmortal() || name.containsKey(t) || slot.startsWith("key ") || slot.startsWith(" ")
                        || slot.startsWith(".__")) {
                    return;
                }
                String expr = slot.equals(".data") && isWeakDictionary(o) ? base : base + slot;
                name.put(t, expr);
                depth.put(t, d + 1);
                queue.add(t);
            };
            Slots.forEach(o, step);
            PyObject dict = ProgramNaming.instanceDict(o); // 3.8-3.10: the attributes live in the __dict__
            if (dict != null) {
                Slots.forEach(dict, (slot, t) -> {
                    if (slot.startsWith("['") && slot.endsWith("']")) {
                        step.visit("." + slot.substring(2, slot.length() - 2), t);
                    }
                });
            }
        }
        return null;
    }

    private static boolean isWeakDictionary(PyObject o) {
        String t = o.typeName();
        return t.equals("WeakValueDictionary") || t.equals("WeakKeyDictionary");
    }
}
