package org.heapsim.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.heapsim.event.HeapListener;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.CellObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.HeapWalker;
import org.heapsim.heap.Host;
import org.heapsim.heap.Interpreter;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyError;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.Root;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.trace.TraceRecord.Action;
import org.heapsim.trace.TraceRecord.Item;
import org.heapsim.version.PythonVersion;
import org.heapsim.weak.NotWeakReferenceable;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;

/**
 * Replays a heap trace on a fresh heap: each record becomes the engine operation it names,
 * scripted {@code __del__} methods and callbacks run where the engine calls them, and
 * {@code expect} records are checked on the spot. At the end of the trace the interpreter
 * shuts down as CPython's does (unless the trace did so itself).
 *
 * <p>Handles (the names records use) are the replayer's own and hold no reference; a handle
 * keeps naming its object after the object is unbound or freed, so that {@code expect dead}
 * can speak of it.
 */
public final class TraceReplayer {
    /** What a replay produced: the program's output, the failed expectations, and the exit status. */
    public record Result(String stdout, String stderr, List<String> failures, int exitStatus) {
        public boolean passed() {
            return failures.isEmpty() && exitStatus == 0;
        }
    }

    private final String file;
    private final Heap heap;
    private final Interpreter interpreter;
    private final DictObject globals;
    private final Map<String, PyObject> handles = new HashMap<>();
    private final Map<String, ClassObject> classes = new HashMap<>();
    private final Map<PyObject, List<Action>> delActions = new IdentityHashMap<>();
    private final ArrayDeque<FrameObject> frames = new ArrayDeque<>();
    private final Root threadRoot;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder err = new StringBuilder();
    private final List<String> failures = new ArrayList<>();
    private int outputChecked;
    private long lastCollected = -1;
    private boolean shutDown;

    private final Trace trace;

    private TraceReplayer(Trace trace, PythonVersion version, HeapListener listener) {
        this.trace = trace;
        this.file = trace.name();
        this.heap = new Heap(version);
        this.interpreter = new Interpreter(heap, new int[] {0, 0, 0});
        this.globals = interpreter.mainGlobals();
        this.threadRoot = heap.newRoot("thread (running frames)");
        heap.setHost(new ScriptHost());
        if (listener != null) {
            heap.addListener(listener); // after start-up: the interpreter's own objects are not the trace's events
        }
    }

    /** Replays a trace on the given version; events go to listener (may be null). */
    public static Result replay(Trace trace, PythonVersion version, HeapListener listener) throws TraceSyntaxError {
        return replay(trace, version, listener, null);
    }

    /** Observes the heap after each record (for pictures and step-through views). */
    @FunctionalInterface
    public interface StepObserver {
        /**
         * @param names   resolves a trace handle to its object (null when unknown)
         * @param globals __main__'s globals, to name bindings in explanations
         */
        void afterRecord(TraceRecord record, Heap heap, java.util.function.Function<String, PyObject> names, DictObject globals);
    }

    /** As {@link #replay(Trace, PythonVersion, HeapListener)}, calling observer after every record. */
    public static Result replay(Trace trace, PythonVersion version, HeapListener listener, StepObserver observer)
            throws TraceSyntaxError {
        return replay(trace, version, listener == null ? List.of() : List.of(listener), observer);
    }

    /** As above, with any number of listeners. */
    public static Result replay(Trace trace, PythonVersion version, List<HeapListener> listeners, StepObserver observer)
            throws TraceSyntaxError {
        return replay(trace, version, listeners, observer, Long.MAX_VALUE);
    }

    /** As above, allowing at most maxLiveObjects live objects (beyond them: MemoryError). */
    public static Result replay(Trace trace, PythonVersion version, List<HeapListener> listeners, StepObserver observer,
                                long maxLiveObjects) throws TraceSyntaxError {
        TraceReplayer r = new TraceReplayer(trace, version, null);
        r.heap.setMaxLiveObjects(maxLiveObjects);
        for (HeapListener l : listeners) {
            r.heap.addListener(l);
        }
        r.observer = observer;
        return r.run(trace.records());
    }

    private StepObserver observer;

    private TraceRecord.Pos currentPos = new TraceRecord.Pos(0, 0);

    /** The versions a trace is written for: those of its {@code python} record, else all. */
    public static List<PythonVersion> versionsOf(Trace trace) throws TraceSyntaxError {
        for (TraceRecord r : trace.records()) {
            if (r instanceof TraceRecord.PythonVersions pv) {
                List<PythonVersion> vs = new ArrayList<>();
                for (String s : pv.versions()) {
                    try {
                        vs.add(PythonVersion.parse(s));
                    } catch (IllegalArgumentException e) {
                        TraceRecord.Pos at = operandPos(trace, s, pv.pos());
                        throw new TraceSyntaxError(at.line(), at.col(), e.getMessage());
                    }
                }
                if (vs.isEmpty()) {
                    throw new TraceSyntaxError(pv.pos().line(), pv.pos().col(), "python needs at least one version");
                }
                return vs;
            }
        }
        return List.of(PythonVersion.values());
    }

    private Result run(List<TraceRecord> records) throws TraceSyntaxError {
        int status = 0;
        try {
            for (TraceRecord r : records) {
                currentPos = r.pos();
                heap.beginOperation(r.pos().line(), trace.sourceOf(r));
                apply(r);
                heap.gc().evalBreaker();
                if (observer != null) {
                    observer.afterRecord(r, heap, handles::get, globals);
                }
            }
            if (!shutDown) {
                heap.beginOperation(0, "(end of trace: interpreter shutdown)");
                shutdown();
            }
        } catch (org.heapsim.heap.HeapLimitExceeded e) {
            err.append("Traceback (most recent call last):\nMemoryError\n");
            status = 1;
        } catch (org.heapsim.heap.Unsupported e) {
            throw new TraceSyntaxError(currentPos.line(), currentPos.col(), e.getMessage());
        } catch (PyError e) {
            err.append("Traceback (most recent call last):\n").append(e.lastLine()).append('\n');
            status = 1;
            if (!shutDown) {
                shutdown();
            }
        }
        return new Result(out.toString(), err.toString(), List.copyOf(failures), status);
    }

    private void apply(TraceRecord r) throws TraceSyntaxError {
        if (r instanceof TraceRecord.PythonVersions || r instanceof TraceRecord.Twin) {
            return;
        } else if (r instanceof TraceRecord.ClassDef c) {
            defineClass(c);
        } else if (r instanceof TraceRecord.FunctionDef f) {
            FunctionObject fn = heap.newFunction(f.name(), f.actions(), globals);
            bindNew(f.name(), fn);
        } else if (r instanceof TraceRecord.New n) {
            bindNew(n.name(), create(n));
        } else if (r instanceof TraceRecord.Bind b) {
            PyObject v = value(b.value());
            bindGlobal(b.name(), v);
            heap.decref(v);
        } else if (r instanceof TraceRecord.Unbind u) {
            for (String name : u.names()) {
                PyObject old = heap.getItemStr(globals, name);
                if (old == null) {
                    throw error(u.pos(), "name '" + name + "' is not bound");
                }
                heap.bindingEvent("globals", name, old, false);
                heap.delItemStr(globals, name);
            }
        } else if (r instanceof TraceRecord.Mutate m) {
            mutate(m);
        } else if (r instanceof TraceRecord.WeakrefNew w) {
            newWeakref(w);
        } else if (r instanceof TraceRecord.FinalizeNew f) {
            PyObject obj = object(f.object(), f.pos());
            PyObject func = object(f.function(), f.pos());
            List<PyObject> args = new ArrayList<>();
            for (Item i : f.args()) {
                args.add(value(i));
            }
            TupleObject argTuple = heap.newTupleOwned(args.toArray(new PyObject[0]));
            PyObject fin = finalizeOrRaise(obj, func, argTuple);
            heap.decref(argTuple);
            bindNewOrDrop(f.name(), fin);
        } else if (r instanceof TraceRecord.Invoke i) {
            invoke(i);
        } else if (r instanceof TraceRecord.FramePush p) {
            FrameObject f = heap.newFrame(p.name(), p.locals().toArray(new String[0]), globals, null);
            heap.hold(threadRoot, f);
            heap.decref(f);
            frames.push(f);
        } else if (r instanceof TraceRecord.Local l) {
            FrameObject f = currentFrame(l.pos());
            int idx = localIndex(f, l.name(), l.pos());
            PyObject v = value(l.value());
            heap.setLocal(f, idx, v);
            heap.decref(v);
            handles.put(l.name(), v);
        } else if (r instanceof TraceRecord.Unlocal u) {
            FrameObject f = currentFrame(u.pos());
            heap.setLocal(f, localIndex(f, u.name(), u.pos()), null);
        } else if (r instanceof TraceRecord.FrameReturn ret) {
            FrameObject f = currentFrame(ret.pos());
            frames.pop();
            heap.clearFrame(f);
            heap.release(threadRoot, f);
        } else if (r instanceof TraceRecord.Collect c) {
            if (c.generation() < 0 || c.generation() > 2) {
                throw new PyError("ValueError", "invalid generation");
            }
            lastCollected = heap.gc().collect(c.generation());
        } else if (r instanceof TraceRecord.GcControl g) {
            gcControl(g);
        } else if (r instanceof TraceRecord.AtexitRegister a) {
            heap.atexit().register(object(a.function(), a.pos()));
        } else if (r instanceof TraceRecord.Print p) {
            print(p.text());
        } else if (r instanceof TraceRecord.Shutdown) {
            shutdown();
        } else if (r instanceof TraceRecord.Expect e) {
            expect(e);
        }
    }

    // ------------------------------------------------------------------ objects

    private void defineClass(TraceRecord.ClassDef c) throws TraceSyntaxError {
        List<PyType> bases = new ArrayList<>();
        for (String b : c.bases()) {
            bases.add(typeNamed(b, c.pos()));
        }
        // `class C: def __del__(self): ...` -- the body's function is made first (it runs
        // before type() builds the class) and lives in the class dict; its __globals__ is the
        // module dict, which is what puts __main__'s dict in a cycle at shutdown (§7.1 step 6).
        FunctionObject del = c.delActions().isEmpty() ? null : heap.newFunction("__del__", c.delActions(), globals);
        ClassObject cls;
        try {
            cls = heap.newClass(c.name(), bases, c.slots(), del != null);
        } catch (IllegalArgumentException e) {
            if (del != null) {
                heap.decref(del);
            }
            throw new PyError("TypeError", e.getMessage());
        }
        if (del != null) {
            heap.setAttr(cls, "__del__", del);
            heap.decref(del);
            delActions.put(cls, c.delActions());
        }
        classes.put(c.name(), cls);
        bindNew(c.name(), cls);
    }

    private PyType typeNamed(String name, TraceRecord.Pos pos) throws TraceSyntaxError {
        ClassObject c = classes.get(name);
        if (c != null) {
            return c;
        }
        return switch (name) {
            case "list" -> Types.LIST;
            case "dict" -> Types.DICT;
            case "set" -> Types.SET;
            case "frozenset" -> Types.FROZENSET;
            case "Exception" -> Types.EXCEPTION;
            case "object" -> Types.OBJECT;
            default -> throw error(pos, "unknown class '" + name + "'");
        };
    }

    private PyObject create(TraceRecord.New n) throws TraceSyntaxError {
        List<PyObject> args = new ArrayList<>();
        for (Item i : n.args()) {
            args.add(value(i));
        }
        try {
            switch (n.kind()) {
                case "list":
                    return heap.newList(args);
                case "tuple":
                    return heap.newTuple(args);
                case "dict": {
                    if (args.size() % 2 != 0) {
                        throw error(n.pos(), "new dict takes key value pairs");
                    }
                    DictObject d = heap.newDict();
                    for (int i = 0; i < args.size(); i += 2) {
                        heap.setItem(d, args.get(i), args.get(i + 1));
                    }
                    return d;
                }
                case "set":
                case "frozenset": {
                    SetObject s = heap.newSet(n.kind().equals("frozenset"));
                    for (PyObject a : args) {
                        heap.setAdd(s, a);
                    }
                    return s;
                }
                case "cell":
                    return heap.newCell(args.isEmpty() ? null : args.get(0));
                case "str":
                case "int":
                    if (args.size() != 1 || !(args.get(0) instanceof AtomObject)) {
                        throw error(n.pos(), "new " + n.kind() + " takes one literal");
                    }
                    heap.incref(args.get(0));
                    return args.get(0);
                case "object":
                    throw error(n.pos(), "a bare object() has no attributes or weak references; define a class");
                default: {
                    ClassObject cls = classes.get(n.kind());
                    if (cls == null) {
                        throw error(n.pos(), "unknown class '" + n.kind() + "'");
                    }
                    PyObject o = heap.newInstance(cls);
                    if (!args.isEmpty()) {
                        fillBuiltinBase(o, args, n.pos());
                    }
                    return o;
                }
            }
        } finally {
            for (PyObject a : args) {
                heap.decref(a);
            }
        }
    }

    private void fillBuiltinBase(PyObject o, List<PyObject> args, TraceRecord.Pos pos) throws TraceSyntaxError {
        if (o instanceof ListObject l) {
            for (PyObject a : args) {
                heap.listAppend(l, a);
            }
        } else if (o instanceof SetObject s) {
            for (PyObject a : args) {
                heap.setAdd(s, a);
            }
        } else {
            throw error(pos, "items can only be given to list and set subclasses");
        }
    }

    /** The object an operand names, as a new reference (a literal makes a new atom). */
    private PyObject value(Item item) throws TraceSyntaxError {
        if (item instanceof TraceRecord.Handle h) {
            PyObject o = object(h.name(), h.pos());
            heap.incref(o);
            return o;
        } else if (item instanceof TraceRecord.IntLiteral i) {
            return heap.newInt(i.value());
        } else if (item instanceof TraceRecord.StrLiteral s) {
            return heap.newStr(s.value());
        }
        String c = ((TraceRecord.Constant) item).name();
        return c.equals("None") ? heap.none() : heap.bool(c.equals("True"));
    }

    private PyObject object(String handle, TraceRecord.Pos pos) throws TraceSyntaxError {
        PyObject o = handles.get(handle);
        if (o == null) {
            throw error(operandPos(handle, pos), "unknown name '" + handle + "'");
        }
        if (o.isFreed()) {
            throw error(operandPos(handle, pos), "'" + handle + "' names an object that has been freed");
        }
        return o;
    }

    /** Where a name operand stands on its record's line (the record's own position if not found). */
    private TraceRecord.Pos operandPos(String name, TraceRecord.Pos record) {
        return operandPos(trace, name, record);
    }

    static TraceRecord.Pos operandPos(Trace trace, String name, TraceRecord.Pos record) {
        if (record.line() < 1 || record.line() > trace.lines().size()) {
            return record;
        }
        String line = trace.lines().get(record.line() - 1);
        int from = record.col(); // skip the record type itself
        while (true) {
            int i = line.indexOf(name, from);
            if (i < 0) {
                return record;
            }
            boolean startOk = i == 0 || Character.isWhitespace(line.charAt(i - 1));
            int end = i + name.length();
            boolean endOk = end == line.length() || Character.isWhitespace(line.charAt(end));
            if (startOk && endOk) {
                return new TraceRecord.Pos(record.line(), i + 1);
            }
            from = i + 1;
        }
    }

    /** Binds a global to a new object and gives up the creation reference. */
    private void bindNew(String name, PyObject o) {
        bindGlobal(name, o);
        heap.decref(o);
    }

    private void bindNewOrDrop(String name, PyObject o) {
        if (name.equals("-")) {
            heap.decref(o);
        } else {
            bindNew(name, o);
        }
    }

    private void bindGlobal(String name, PyObject o) {
        heap.setItemStr(globals, name, o);
        heap.bindingEvent("globals", name, o, true);
        handles.put(name, o);
    }

    private void mutate(TraceRecord.Mutate m) throws TraceSyntaxError {
        PyObject target = object(m.target(), m.pos());
        List<Item> a = m.args();
        switch (m.op()) {
            case "append" -> withValue(a, 1, m, v -> heap.listAppend(list(target, m), v.get(0)));
            case "insert" -> withValue(a.subList(1, a.size()), 1, m,
                    v -> heap.listInsert(list(target, m), intArg(a.get(0)), v.get(0)));
            case "setitem" -> {
                arity(a, 2, m);
                if (target instanceof ListObject l) {
                    int index = intArg(a.get(0));
                    withValue(a.subList(1, 2), 1, m, v -> heap.listSet(l, index, v.get(0)));
                } else if (target instanceof DictObject d) {
                    withValue(a, 2, m, v -> heap.setItem(d, v.get(0), v.get(1)));
                } else {
                    throw error(m.pos(), "setitem needs a list or dict, not " + target.typeName());
                }
            }
            case "delitem" -> {
                arity(a, 1, m);
                if (target instanceof ListObject l) {
                    int index = intArg(a.get(0));
                    heap.listDeleteSlice(l, index, index + 1);
                } else if (target instanceof DictObject d) {
                    withValue(a, 1, m, v -> {
                        if (!heap.delItem(d, v.get(0))) {
                            throw new PyError("KeyError", v.get(0).label());
                        }
                    });
                } else {
                    throw error(m.pos(), "delitem needs a list or dict");
                }
            }
            case "delslice" -> {
                arity(a, 2, m);
                ListObject l = list(target, m);
                heap.listDeleteSlice(l, intArg(a.get(0)), Math.min(intArg(a.get(1)), l.size()));
            }
            case "clear" -> {
                if (target instanceof ListObject l) {
                    heap.listDeleteSlice(l, 0, l.size());
                } else if (target instanceof DictObject d) {
                    heap.clearDict(d);
                } else {
                    throw error(m.pos(), "clear needs a list or dict");
                }
            }
            case "add", "discard" -> {
                if (!(target instanceof SetObject s)) {
                    throw error(m.pos(), m.op() + " needs a set");
                }
                withValue(a, 1, m, v -> {
                    if (m.op().equals("add")) {
                        heap.setAdd(s, v.get(0));
                    } else {
                        heap.setDiscard(s, v.get(0));
                    }
                });
            }
            case "setattr" -> {
                arity(a, 2, m);
                String attr = attrName(a.get(0), m);
                withValue(a.subList(1, 2), 1, m, v -> setAttr(target, attr, v.get(0)));
            }
            case "delattr" -> {
                arity(a, 1, m);
                String attr = attrName(a.get(0), m);
                if (!heap.delAttr(target, attr)) {
                    throw new PyError("AttributeError", "'" + target.typeName() + "' object has no attribute '" + attr + "'");
                }
            }
            case "setcell" -> {
                if (!(target instanceof CellObject c)) {
                    throw error(m.pos(), "setcell needs a cell");
                }
                withValue(a, 1, m, v -> heap.cellSet(c, v.get(0)));
            }
            default -> throw error(m.pos(), "unknown operation " + m.op());
        }
    }

    private void setAttr(PyObject target, String attr, PyObject v) {
        try {
            heap.setAttr(target, attr, v);
        } catch (IllegalArgumentException e) {
            throw new PyError("AttributeError", e.getMessage());
        }
    }

    /** Runs body with new references to the operands, released afterwards (they were temporaries). */
    private void withValue(List<Item> items, int n, TraceRecord.Mutate m, ValueBody body) throws TraceSyntaxError {
        arity(items, n, m);
        List<PyObject> vs = new ArrayList<>();
        for (Item i : items) {
            vs.add(value(i));
        }
        try {
            body.run(vs);
        } finally {
            for (PyObject v : vs) {
                heap.decref(v);
            }
        }
    }

    @FunctionalInterface
    private interface ValueBody {
        void run(List<PyObject> values) throws TraceSyntaxError;
    }

    private void arity(List<Item> a, int n, TraceRecord.Mutate m) throws TraceSyntaxError {
        if (a.size() != n) {
            throw error(m.pos(), m.op() + " takes " + n + " operand" + (n == 1 ? "" : "s") + " after the object, not " + a.size());
        }
    }

    private ListObject list(PyObject o, TraceRecord.Mutate m) throws TraceSyntaxError {
        if (o instanceof ListObject l) {
            return l;
        }
        throw error(m.pos(), m.op() + " needs a list, not " + o.typeName());
    }

    private int intArg(Item item) throws TraceSyntaxError {
        if (item instanceof TraceRecord.IntLiteral i) {
            return i.value().intValueExact();
        }
        throw error(item.pos(), "expected a whole number");
    }

    private String attrName(Item item, TraceRecord.Mutate m) throws TraceSyntaxError {
        if (item instanceof TraceRecord.Handle h) {
            return h.name();
        }
        throw error(item.pos(), "expected an attribute name");
    }

    private void newWeakref(TraceRecord.WeakrefNew w) throws TraceSyntaxError {
        PyObject referent = object(w.referent(), w.pos());
        PyObject callback = w.callback() == null ? null : object(w.callback(), w.pos());
        WeakRefObject ref;
        try {
            ref = w.proxy()
                    ? WeakRefs.newProxy(heap, referent, callback, referent instanceof FunctionObject)
                    : WeakRefs.newRef(heap, referent, callback, heap.weakTypes().ref());
        } catch (NotWeakReferenceable e) {
            throw new PyError("TypeError", e.getMessage());
        }
        bindNewOrDrop(w.name(), ref);
    }

    private PyObject finalizeOrRaise(PyObject obj, PyObject func, TupleObject args) {
        try {
            return heap.finalizers().register(obj, func, args, null);
        } catch (NotWeakReferenceable e) {
            throw new PyError("TypeError", e.getMessage());
        }
    }

    private void invoke(TraceRecord.Invoke i) throws TraceSyntaxError {
        PyObject target = object(i.target(), i.pos());
        switch (i.op()) {
            case "call" -> heap.decref(heap.call(target, new PyObject[0]));
            case "detach" -> requireFinalizer(target, i).detach(target);
            default -> requireFinalizer(target, i).setAtexit(target, false);
        }
    }

    private org.heapsim.weak.Finalizers requireFinalizer(PyObject o, TraceRecord.Invoke i) throws TraceSyntaxError {
        if (!heap.finalizers().isFinalizer(o)) {
            throw error(i.pos(), i.op() + " needs a finalize object");
        }
        return heap.finalizers();
    }

    private FrameObject currentFrame(TraceRecord.Pos pos) throws TraceSyntaxError {
        if (frames.isEmpty()) {
            throw error(pos, "no frame is running (use 'frame NAME LOCALS...')");
        }
        return frames.peek();
    }

    private int localIndex(FrameObject f, String name, TraceRecord.Pos pos) throws TraceSyntaxError {
        int i = f.localIndex(name);
        if (i < 0) {
            throw error(pos, "frame " + f.name() + " has no local '" + name + "'");
        }
        return i;
    }

    private void gcControl(TraceRecord.GcControl g) {
        switch (g.op()) {
            case "enable" -> heap.gc().setEnabled(true);
            case "disable" -> heap.gc().setEnabled(false);
            case "freeze" -> heap.gc().freeze();
            case "unfreeze" -> heap.gc().unfreeze();
            case "saveall" -> heap.gc().setDebugFlags(org.heapsim.gc.Collector.DEBUG_SAVEALL);
            default -> heap.gc().setThresholds(g.values().stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private void shutdown() {
        shutDown = true;
        while (!frames.isEmpty()) {
            FrameObject f = frames.pop();
            heap.clearFrame(f);
            heap.release(threadRoot, f);
        }
        interpreter.finalizeInterpreter((e, func) -> err.append("Exception ignored in atexit callback: ")
                .append(func.label()).append('\n').append(e.lastLine()).append('\n'));
    }

    private void print(String text) {
        out.append(text).append('\n');
        heap.output(text + "\n", false); // what print writes, as the Python VM's Output events carry it
    }

    // ------------------------------------------------------------------ expectations

    private void expect(TraceRecord.Expect e) throws TraceSyntaxError {
        List<Item> a = e.args();
        switch (e.what()) {
            case "alive", "dead" -> {
                for (Item i : a) {
                    String h = handleName(i);
                    PyObject o = known(h, i.pos());
                    boolean wantAlive = e.what().equals("alive");
                    if (o.isFreed() == wantAlive) {
                        fail(e, "expected " + h + " " + e.what() + ", but it is " + (o.isFreed() ? "dead" : "alive " + why(o)));
                    }
                }
            }
            case "refcount" -> {
                PyObject o = known(handleName(a.get(0)), a.get(0).pos());
                int want = number(a, 1, e);
                if (o.isFreed()) {
                    fail(e, "expected refcount " + want + " for " + handleName(a.get(0)) + ", but it is dead");
                } else if (o.refcount() != want) {
                    fail(e, "expected refcount " + want + " for " + handleName(a.get(0)) + ", but it is " + o.refcount() + " " + why(o));
                }
            }
            case "collected" -> {
                int want = number(a, 0, e);
                if (lastCollected != want) {
                    fail(e, "expected the last collection to return " + want + ", but it returned " + lastCollected);
                }
            }
            case "tracked", "untracked" -> {
                PyObject o = known(handleName(a.get(0)), a.get(0).pos());
                if (o.isTracked() != e.what().equals("tracked")) {
                    fail(e, "expected " + handleName(a.get(0)) + " " + e.what() + ", but it is " + (o.isTracked() ? "tracked" : "untracked"));
                }
            }
            case "weakrefs" -> {
                PyObject o = known(handleName(a.get(0)), a.get(0).pos());
                int want = number(a, 1, e);
                int got = WeakRefs.count(o);
                if (got != want) {
                    fail(e, "expected " + want + " weak references to " + handleName(a.get(0)) + ", but there are " + got);
                }
            }
            case "weakref-dead", "weakref-alive" -> {
                PyObject o = known(handleName(a.get(0)), a.get(0).pos());
                if (!(o instanceof WeakRefObject w)) {
                    throw error(e.pos(), handleName(a.get(0)) + " is not a weak reference");
                }
                boolean dead = w.referent() == null;
                if (dead != e.what().equals("weakref-dead")) {
                    fail(e, "expected weakref " + handleName(a.get(0)) + (dead ? " alive, but it is dead" : " dead, but it still refers to " + w.referent().label()));
                }
            }
            case "count" -> {
                int g = number(a, 0, e);
                int want = number(a, 1, e);
                int got = heap.gc().counts()[g];
                if (got != want) {
                    fail(e, "expected generation " + g + " count " + want + ", but it is " + got);
                }
            }
            case "garbage" -> {
                int want = number(a, 0, e);
                int got = heap.gc().garbage().size();
                if (got != want) {
                    fail(e, "expected " + want + " objects in gc.garbage, but there are " + got);
                }
            }
            case "generation" -> {
                PyObject o = known(handleName(a.get(0)), a.get(0).pos());
                int want = number(a, 1, e);
                Integer got = heap.gc().generationMap().get(o);
                if (got == null || got != want) {
                    fail(e, "expected " + handleName(a.get(0)) + " in generation " + want + ", but it is " + (got == null ? "untracked" : "in generation " + got));
                }
            }
            case "finalized" -> {
                PyObject o = known(handleName(a.get(0)), a.get(0).pos());
                if (!o.isFinalized()) {
                    fail(e, "expected " + handleName(a.get(0)) + "'s __del__ to have run, but it has not");
                }
            }
            default -> { // output
                if (!(a.get(0) instanceof TraceRecord.StrLiteral s)) {
                    throw error(e.pos(), "expect output takes a \"string\"");
                }
                String since = out.substring(outputChecked);
                outputChecked = out.length();
                String want = s.value().endsWith("\n") || s.value().isEmpty() ? s.value() : s.value() + "\n";
                if (!since.equals(want)) {
                    fail(e, "expected output " + quote(want) + ", but it was " + quote(since));
                }
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\n", "\\n").replace("\"", "\\\"") + "\"";
    }

    /** "(refcount 1: held by name 'cheese')" */
    private String why(PyObject o) {
        List<String> holders = HeapWalker.holders(heap, o).stream()
                .map(h -> h.describe(heap, globals)).collect(Collectors.toList());
        String held = holders.isEmpty() ? "held by nothing the heap can see" : "held by " + String.join(", ", holders);
        return "(refcount " + o.refcount() + ": " + held + ")";
    }

    private void fail(TraceRecord.Expect e, String message) {
        failures.add(file + ":" + e.pos().line() + ": " + message);
    }

    private String handleName(Item i) throws TraceSyntaxError {
        if (i instanceof TraceRecord.Handle h) {
            return h.name();
        }
        throw error(i.pos(), "expected a name");
    }

    private PyObject known(String handle, TraceRecord.Pos pos) throws TraceSyntaxError {
        PyObject o = handles.get(handle);
        if (o == null) {
            throw error(pos, "unknown name '" + handle + "'");
        }
        return o;
    }

    private int number(List<Item> a, int index, TraceRecord.Expect e) throws TraceSyntaxError {
        if (index >= a.size() || !(a.get(index) instanceof TraceRecord.IntLiteral i)) {
            throw error(e.pos(), "expect " + e.what() + " needs a whole number");
        }
        return i.value().intValueExact();
    }

    private TraceSyntaxError error(TraceRecord.Pos pos, String message) {
        return new TraceSyntaxError(pos.line(), pos.col(), message);
    }

    // ------------------------------------------------------------------ scripted code

    /** Runs the scripted {@code __del__} methods and callbacks of a trace. */
    private final class ScriptHost implements Host {
        @Override
        public PyObject call(PyObject callable, PyObject[] args) {
            if (callable instanceof FunctionObject f && f.code() instanceof List<?> actions) {
                @SuppressWarnings("unchecked")
                List<Action> as = (List<Action>) actions;
                run(as, args.length > 0 ? args[0] : null, false);
                return heap.none();
            }
            throw new PyError("TypeError", "'" + callable.typeName() + "' object is not callable");
        }

        @Override
        public void writeUnraisable(PyError error, PyObject reportAs) {
            if (reportAs != null) {
                err.append("Exception ignored in: ").append(reportLabel(reportAs)).append('\n');
            }
            err.append("Traceback (most recent call last):\n").append(error.lastLine()).append('\n');
        }

        private String reportLabel(PyObject o) {
            if (o instanceof FunctionObject f) {
                return "<function " + f.name() + " at 0x...>";
            }
            if (heap.finalizers().isFinalizer(o)) {
                return "<finalize object at 0x...; dead>";
            }
            return "<" + o.label() + ">";
        }

        @Override
        public void finalize(PyObject self) {
            PyType t = self.type();
            for (PyType c : t.mro()) {
                List<Action> actions = delActions.get(c);
                if (actions != null) {
                    try {
                        run(actions, self, true);
                    } catch (PyError e) {
                        err.append("Exception ignored in: <function ").append(c.name()).append(".__del__ at 0x...>\n");
                        err.append("Traceback (most recent call last):\n").append(e.lastLine()).append('\n');
                    }
                    return;
                }
            }
        }

        private void run(List<Action> actions, PyObject subject, boolean isDel) {
            for (Action a : actions) {
                if (a instanceof TraceRecord.PrintAction p) {
                    print(format(p.text(), subject));
                } else if (a instanceof TraceRecord.AppendAction ap) {
                    PyObject l = heap.getItemStr(globals, ap.list());
                    if (!(l instanceof ListObject list)) {
                        throw new PyError("NameError", "name '" + ap.list() + "' is not a list");
                    }
                    heap.listAppend(list, subject);
                } else if (a instanceof TraceRecord.BindAction b) {
                    bindGlobal(b.name(), subject);
                } else if (a instanceof TraceRecord.UnbindAction u) {
                    if (!heap.delItemStr(globals, u.name())) {
                        throw new PyError("NameError", "name '" + u.name() + "' is not defined");
                    }
                } else if (a instanceof TraceRecord.RaiseAction r) {
                    throw new PyError(r.type(), r.message());
                }
            }
        }

        /** Replaces {attr} with str() of the subject's attribute. */
        private String format(String text, PyObject subject) {
            if (subject == null || text.indexOf('{') < 0) {
                return text;
            }
            StringBuilder sb = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                int open = text.indexOf('{', i);
                int close = open < 0 ? -1 : text.indexOf('}', open);
                if (open < 0 || close < 0) {
                    sb.append(text, i, text.length());
                    break;
                }
                sb.append(text, i, open);
                String attr = text.substring(open + 1, close);
                PyObject v = heap.getAttr(subject, attr);
                sb.append(v instanceof AtomObject atom ? strOf(atom) : v == null ? "<no " + attr + ">" : v.label());
                i = close + 1;
            }
            return sb.toString();
        }

        private String strOf(AtomObject a) {
            Object v = a.value();
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            return v == null ? "None" : v.toString();
        }
    }
}
