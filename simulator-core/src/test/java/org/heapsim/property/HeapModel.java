package org.heapsim.property;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.heapsim.event.HeapEvent;
import org.heapsim.heap.AllReferences;
import org.heapsim.heap.CellObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.version.PythonVersion;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;

/**
 * The state of one generated program: a heap, the objects the program created (its
 * "universe"), a naive model of every reference the program stored, and the oracle that checks
 * the engine against that model after every step.
 *
 * <p>The oracle only uses public accessors: refcount(), isFreed(), isTracked(), generation(),
 * traverse() with an {@link AllReferences} visitor, the roots' held() lists, container
 * accessors, weakref referent(), and the events.
 */
public final class HeapModel {
    /** Classes of the program: name, __slots__ (null: none), has __del__, __del__ resurrects self. */
    record ClassSpec(String name, List<String> slots, boolean hasDel, boolean resurrects) {
        List<String> attributes() {
            return slots == null ? List.of("a", "b", "c") : List.of("a", "b");
        }
    }

    static final List<ClassSpec> CLASSES = List.of(
            new ClassSpec("Plain", null, false, false),
            new ClassSpec("Del", null, true, false),
            new ClassSpec("Res", null, true, true),
            new ClassSpec("Slots", List.of("b", "a"), false, false),
            new ClassSpec("SlotsRes", List.of("a", "b", "__weakref__"), true, true));

    static final int ROOTS = 2;
    static final int SLOTS = 5;

    private enum Kind { LIST, DICT, SET, INSTANCE, CELL, TUPLE, FUNCTION, INT, WEAKREF }

    /** What the model knows about one weak reference object it created. */
    private static final class WeakInfo {
        final WeakRefObject ref;
        final PyObject referent;
        final boolean hasCallback;
        /** Number of collections started before the weakref existed. */
        final int createdAt;
        boolean deathSeen;
        /** When it died: was the weakref itself in the unreachable set of that collection? */
        boolean diedAsGarbage;

        WeakInfo(WeakRefObject ref, PyObject referent, boolean hasCallback, int createdAt) {
            this.ref = ref;
            this.referent = referent;
            this.hasCallback = hasCallback;
            this.createdAt = createdAt;
        }
    }

    final PythonVersion version;
    final Heap heap;
    final RecordingHost host;
    final boolean checking;
    final List<HeapEvent> events = new ArrayList<>();
    final List<Op> history = new ArrayList<>();

    private final Root[] roots = new Root[ROOTS];
    private final PyObject[][] bound = new PyObject[ROOTS][SLOTS];
    private final Root saved;
    private final Root stack;
    private final List<PyObject> stackModel = new ArrayList<>();
    private final Root module;
    private final ClassObject[] classes = new ClassObject[CLASSES.size()];
    private final Map<PyObject, ClassSpec> specOf = new IdentityHashMap<>();
    private final PyObject sharedCallback;
    private int gcCallbacks;
    private int counter;

    // the universe and the model of what each object holds
    private final List<PyObject> universe = new ArrayList<>();
    private final Map<PyObject, Kind> kinds = new IdentityHashMap<>();
    private final Map<PyObject, List<PyObject>> listModel = new IdentityHashMap<>();
    private final Map<PyObject, LinkedHashMap<PyObject, PyObject>> dictModel = new IdentityHashMap<>();
    private final Map<PyObject, LinkedHashMap<PyObject, Boolean>> setModel = new IdentityHashMap<>();
    private final Map<PyObject, Map<String, PyObject>> attrModel = new IdentityHashMap<>();
    private final Map<PyObject, PyObject> cellModel = new IdentityHashMap<>();
    private final Map<PyObject, List<PyObject>> tupleModel = new IdentityHashMap<>();
    private final List<WeakInfo> weakInfos = new ArrayList<>();
    private final Map<PyObject, WeakInfo> weakInfoOf = new IdentityHashMap<>();

    // the collector, as seen through events
    private boolean ready;
    private boolean explicitCollect;
    private int collections;
    int automaticCollections;
    private boolean inCollection;
    private boolean exactCollection;
    private Set<PyObject> expectedUnreachable;
    private Set<PyObject> reported;
    private Graph startGraph;
    private Map<PyObject, Integer> callbacksBefore;
    /** Of the last gc.collect(2): the frozen objects at its start, and what it found unreachable. */
    private List<PyObject> permanentAtStart = List.of();
    private Set<PyObject> fullCollectionReported = Set.of();
    private final Map<Long, PyObject> bySerial = new java.util.HashMap<>();
    private final Map<PyObject, Integer> lastUnreachable = new IdentityHashMap<>();
    private final Map<Long, Integer> finalizerEvents = new java.util.HashMap<>();
    /** Set by a Collect(2) step: check property 3 at the next check. */
    private boolean fullCollectionPending;
    private boolean resurrectedInFullCollection;

    public HeapModel(PythonVersion version, boolean checking) {
        this.version = version;
        this.checking = checking;
        this.heap = new Heap(version);
        this.saved = heap.newRoot("saved by __del__");
        this.stack = heap.newRoot("evaluation stack");
        this.module = heap.newRoot("module");
        for (int i = 0; i < ROOTS; i++) {
            roots[i] = heap.newRoot("r" + i);
        }
        Predicate<PyObject> resurrects = o -> {
            ClassSpec s = specOf.get(o.type());
            return s != null && s.resurrects();
        };
        this.host = new RecordingHost(heap, saved, resurrects);
        heap.setHost(host);
        heap.addListener(this::onEvent);
        // the program's names are interned up front (as the compiler does), so that the
        // oracle's heap.getAttr never allocates one and a replay sees the same heap
        for (String name : List.of("a", "b", "c", "k0", "k1")) {
            heap.intern(name);
        }
        for (int i = 0; i < CLASSES.size(); i++) {
            ClassSpec s = CLASSES.get(i);
            ClassObject c = heap.newClass(s.name(), List.of(), s.slots(), s.hasDel());
            heap.hold(module, c);
            heap.decref(c);
            classes[i] = c;
            specOf.put(c, s);
        }
        PyObject cb = heap.newFunction("shared_callback", null, null);
        heap.hold(module, cb);
        heap.decref(cb);
        sharedCallback = cb;
        universe.add(cb);
        kinds.put(cb, Kind.FUNCTION);
        ready = true;
    }

    // ================================================================== the steps

    public void apply(Op op) {
        history.add(op);
        heap.beginOperation(history.size(), op.toString());
        heap.gc().evalBreaker(); // 3.12+: a scheduled automatic collection runs at the next eval-breaker check
        try {
            step(op);
        } finally {
            // the statement ends: its temporaries are released, newest first
            for (int i = stackModel.size() - 1; i >= 0; i--) {
                heap.release(stack, stackModel.get(i));
            }
            stackModel.clear();
        }
    }

    private void step(Op op) {
        if (op instanceof Op.Alloc a) {
        alloc(a);
        } else if (op instanceof Op.Bind b) {
        bindName(b.root(), b.slot(), operand(b.value()));
        } else if (op instanceof Op.Unbind u) {
            PyObject old = bound[u.root()][u.slot()];
            if (old != null) {
                bound[u.root()][u.slot()] = null;
                heap.bindingEvent("r" + u.root(), slotName(u.slot()), old, false);
                heap.release(roots[u.root()], old);
            }
        } else if (op instanceof Op.ListAppend la) {
            ListObject l = (ListObject) pick(Kind.LIST, la.list());
            if (l != null) {
                push(l);
                PyObject v = operand(la.value());
                heap.listAppend(l, v);
                listModel.get(l).add(v);
            }
        } else if (op instanceof Op.ListSet ls) {
            ListObject l = (ListObject) pick(Kind.LIST, ls.list());
            if (l != null && l.size() > 0) {
                push(l);
                int i = ls.index() % l.size();
                PyObject v = operand(ls.value());
                listModel.get(l).set(i, v);
                heap.listSet(l, i, v);
            }
        } else if (op instanceof Op.ListDelSlice ld) {
            ListObject l = (ListObject) pick(Kind.LIST, ld.list());
            if (l != null && l.size() > 0) {
                push(l);
                int from = ld.from() % l.size();
                int to = Math.min(l.size(), from + ld.length());
                listModel.get(l).subList(from, to).clear();
                heap.listDeleteSlice(l, from, to);
            }
        } else if (op instanceof Op.DictSet ds) {
            DictObject d = (DictObject) pick(Kind.DICT, ds.dict());
            if (d != null) {
                push(d);
                PyObject k = hashable(ds.key());
                PyObject v = operand(ds.value());
                dictModel.get(d).put(k, v);
                heap.setItem(d, k, v);
            }
        } else if (op instanceof Op.DictDel dd) {
            DictObject d = (DictObject) pick(Kind.DICT, dd.dict());
            if (d != null && !dictModel.get(d).isEmpty()) {
                push(d);
                List<PyObject> keys = new ArrayList<>(dictModel.get(d).keySet());
                PyObject k = keys.get(dd.entry() % keys.size());
                push(k);
                dictModel.get(d).remove(k);
                if (!heap.delItem(d, k)) {
                    throw new AssertionError("del d[k] found no entry for " + k.label() + " in " + d.label());
                }
            }
        } else if (op instanceof Op.SetAdd sa) {
            SetObject s = (SetObject) pick(Kind.SET, sa.set());
            if (s != null) {
                push(s);
                PyObject k = hashable(sa.value());
                boolean expected = setModel.get(s).put(k, Boolean.TRUE) == null;
                if (heap.setAdd(s, k) != expected) {
                    throw new AssertionError("set.add(" + k.label() + ") answered " + !expected);
                }
            }
        } else if (op instanceof Op.SetDiscard sd) {
            SetObject s = (SetObject) pick(Kind.SET, sd.set());
            if (s != null && !setModel.get(s).isEmpty()) {
                push(s);
                List<PyObject> members = new ArrayList<>(setModel.get(s).keySet());
                PyObject k = members.get(sd.member() % members.size());
                push(k);
                setModel.get(s).remove(k);
                if (!heap.setDiscard(s, k)) {
                    throw new AssertionError("set.discard(" + k.label() + ") found nothing");
                }
            }
        } else if (op instanceof Op.SetAttr sa) {
            PyObject o = pick(Kind.INSTANCE, sa.obj());
            if (o != null) {
                push(o);
                List<String> names = specOf.get(o.type()).attributes();
                String name = names.get(sa.attr() % names.size());
                PyObject v = operand(sa.value());
                attrModel.get(o).put(name, v);
                heap.setAttr(o, name, v);
            }
        } else if (op instanceof Op.DelAttr da) {
            PyObject o = pick(Kind.INSTANCE, da.obj());
            if (o != null) {
                push(o);
                List<String> names = specOf.get(o.type()).attributes();
                String name = names.get(da.attr() % names.size());
                boolean expected = attrModel.get(o).remove(name) != null;
                if (heap.delAttr(o, name) != expected) {
                    throw new AssertionError("del " + o.label() + "." + name + " answered " + !expected);
                }
            }
        } else if (op instanceof Op.CellSet cs) {
            CellObject c = (CellObject) pick(Kind.CELL, cs.cell());
            if (c != null) {
                push(c);
                PyObject v = cs.value() % 8 == 0 ? null : operand(cs.value());
                cellModel.put(c, v);
                heap.cellSet(c, v);
            }
        } else if (op instanceof Op.NewWeakref nw) {
        newWeakref(nw);
        } else if (op instanceof Op.ReleaseSaved rs) {
            if (!host.savedModel.isEmpty()) {
                PyObject o = host.savedModel.remove(rs.index() % host.savedModel.size());
                heap.release(saved, o);
            }
        } else if (op instanceof Op.Collect c) {
            int before = host.resurrections;
            explicitCollect = true;
            try {
                heap.gc().collect(c.generation());
            } finally {
                explicitCollect = false;
            }
            if (c.generation() == 2) {
                fullCollectionPending = true;
                resurrectedInFullCollection = host.resurrections != before;
            }
        } else if (op instanceof Op.SetEnabled e) {
        heap.gc().setEnabled(e.enabled());
        } else if (op instanceof Op.SetThresholds t) {
        heap.gc().setThresholds(t.t0(), t.t1(), t.t2());
        } else if (op instanceof Op.Freeze f) {
        heap.gc().freeze();
        } else if (op instanceof Op.Unfreeze u) {
        heap.gc().unfreeze();
        } else if (op instanceof Op.AddGcCallback a) {
            if (gcCallbacks < 2) {
                gcCallbacks++;
                PyObject f = heap.newFunction("gc_callback" + gcCallbacks, null, null);
                register(f, Kind.FUNCTION);
                push(f);
                heap.decref(f);
                heap.listAppend(heap.gc().callbacks(), f);
            }
        }
    }

    private void alloc(Op.Alloc a) {
        PyObject o;
        switch (a.kind()) {
            case LIST -> {
                o = heap.newList();
                register(o, Kind.LIST);
            }
            case DICT -> {
                o = heap.newDict();
                register(o, Kind.DICT);
            }
            case SET -> {
                o = heap.newSet(false);
                register(o, Kind.SET);
            }
            case INSTANCE -> {
                o = heap.newInstance(classes[a.cls()]);
                register(o, Kind.INSTANCE);
            }
            case CELL -> {
                PyObject v = a.a() % 8 == 0 ? null : operand(a.a());
                o = heap.newCell(v);
                register(o, Kind.CELL);
                cellModel.put(o, v);
            }
            case TUPLE -> {
                int n = a.a() % 4;
                List<PyObject> items = new ArrayList<>();
                int[] choices = {a.b(), a.c(), a.a() / 4 + 2};
                for (int i = 0; i < n; i++) {
                    items.add(operand(choices[i]));
                }
                o = heap.newTuple(items);
                if (o.isImmortal()) {
                    return; // () is the immortal singleton
                }
                register(o, Kind.TUPLE);
                tupleModel.put(o, items);
            }
            case FUNCTION -> {
                o = heap.newFunction("f" + (++counter), null, null);
                register(o, Kind.FUNCTION);
            }
            default -> throw new IllegalStateException();
        }
        push(o);
        heap.decref(o); // the creation reference now lives on the stack
        bindName(a.root(), a.slot(), o);
    }

    private void newWeakref(Op.NewWeakref nw) {
        List<PyObject> targets = live(o -> o.isWeakReferenceable());
        if (targets.isEmpty()) {
            return;
        }
        PyObject target = targets.get(nw.target() % targets.size());
        push(target);
        PyObject cb = null;
        if (nw.callback() == 1) {
            cb = heap.newFunction("cb" + (++counter), null, null);
            register(cb, Kind.FUNCTION);
            push(cb);
            heap.decref(cb);
        } else if (nw.callback() == 2) {
            cb = sharedCallback;
        }
        WeakRefObject w = nw.proxy()
                ? WeakRefs.newProxy(heap, target, cb, false)
                : WeakRefs.newRef(heap, target, cb, heap.weakTypes().ref());
        if (!kinds.containsKey(w)) {
            register(w, Kind.WEAKREF);
            WeakInfo info = new WeakInfo(w, target, cb != null, collections);
            weakInfos.add(info);
            weakInfoOf.put(w, info);
        } else if (weakInfoOf.get(w).referent != target || cb != null) {
            throw new AssertionError("weakref " + w.label() + " reused for " + target.label() + " with callback " + cb);
        }
        push(w);
        heap.decref(w);
        switch (nw.keep()) {
            case 1 -> bindName(nw.where() % ROOTS, nw.slot() % SLOTS, w);
            case 2 -> {
                ListObject l = (ListObject) pick(Kind.LIST, nw.where());
                if (l != null) {
                    push(l);
                    heap.listAppend(l, w);
                    listModel.get(l).add(w);
                }
            }
            case 3 -> {
                PyObject o = pick(Kind.INSTANCE, nw.where());
                if (o != null) {
                    push(o);
                    List<String> names = specOf.get(o.type()).attributes();
                    String name = names.get(nw.slot() % names.size());
                    attrModel.get(o).put(name, w);
                    heap.setAttr(o, name, w);
                }
            }
            default -> {
                // dropped at the end of the statement
            }
        }
    }

    private void bindName(int r, int s, PyObject v) {
        heap.hold(roots[r], v);
        PyObject old = bound[r][s];
        bound[r][s] = v;
        heap.bindingEvent("r" + r, slotName(s), v, true);
        if (old != null) {
            heap.release(roots[r], old);
        }
    }

    private static String slotName(int s) {
        return String.valueOf((char) ('a' + s));
    }

    private void register(PyObject o, Kind kind) {
        universe.add(o);
        kinds.put(o, kind);
        switch (kind) {
            case LIST -> listModel.put(o, new ArrayList<>());
            case DICT -> dictModel.put(o, new LinkedHashMap<>());
            case SET -> setModel.put(o, new LinkedHashMap<>());
            case INSTANCE -> attrModel.put(o, new LinkedHashMap<>());
            default -> {
            }
        }
    }

    /** Holds o on the evaluation stack until the step ends. */
    private void push(PyObject o) {
        heap.hold(stack, o);
        stackModel.add(o);
    }

    /** A value operand, held on the stack: None, a fresh int, or a live object. */
    private PyObject operand(int v) {
        if (v % 8 == 0) {
            return heap.none();
        }
        if (v % 8 == 1) {
            PyObject i = heap.newInt(1000 + (++counter));
            register(i, Kind.INT);
            push(i);
            heap.decref(i);
            return i;
        }
        List<PyObject> all = live(o -> true);
        PyObject o = all.get(v % all.size());
        push(o);
        return o;
    }

    /** A dict key or set element: an interned str, or an object hashed by identity (held on the stack). */
    private PyObject hashable(int k) {
        List<PyObject> objs = live(o -> {
            Kind kind = kinds.get(o);
            return kind == Kind.INSTANCE || kind == Kind.TUPLE || kind == Kind.FUNCTION || kind == Kind.CELL;
        });
        PyObject key = k % 4 < 2 || objs.isEmpty() ? heap.intern("k" + (k % 2)) : objs.get(k % objs.size());
        push(key);
        return key;
    }

    private PyObject pick(Kind kind, int i) {
        List<PyObject> c = live(o -> kinds.get(o) == kind);
        return c.isEmpty() ? null : c.get(i % c.size());
    }

    private List<PyObject> live(Predicate<PyObject> p) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o : universe) {
            if (!o.isFreed() && p.test(o)) {
                out.add(o);
            }
        }
        return out;
    }

    // ================================================================== the oracle

    /** The live heap as the oracle sees it: every object reachable from a root or the universe. */
    private final class Graph {
        final List<PyObject> live = new ArrayList<>();
        final Map<PyObject, List<PyObject>> out = new IdentityHashMap<>();
        final Map<PyObject, Integer> in = new IdentityHashMap<>();

        Graph() {
            ArrayDeque<PyObject> work = new ArrayDeque<>();
            Set<PyObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Root r : heap.roots()) {
                for (PyObject h : r.held()) {
                    if (h.isFreed()) {
                        throw new AssertionError("root '" + r.label() + "' holds freed " + h.label());
                    }
                    in.merge(h, 1, Integer::sum);
                    if (seen.add(h)) {
                        work.add(h);
                    }
                }
            }
            for (PyObject o : universe) {
                if (!o.isFreed() && seen.add(o)) {
                    work.add(o);
                }
            }
            while (!work.isEmpty()) {
                PyObject o = work.poll();
                live.add(o);
                bySerial.put(o.serial(), o);
                List<PyObject> targets = new ArrayList<>();
                out.put(o, targets);
                AllReferences v = r -> {
                    if (r.isFreed()) {
                        throw new AssertionError(o.label() + " references freed " + r.label());
                    }
                    targets.add(r);
                    in.merge(r, 1, Integer::sum);
                    if (seen.add(r)) {
                        work.add(r);
                    }
                };
                o.traverse(v);
            }
        }

        Set<PyObject> reach(Iterable<PyObject> sources) {
            Set<PyObject> r = Collections.newSetFromMap(new IdentityHashMap<>());
            ArrayDeque<PyObject> work = new ArrayDeque<>();
            for (PyObject s : sources) {
                if (r.add(s)) {
                    work.add(s);
                }
            }
            while (!work.isEmpty()) {
                for (PyObject t : out.getOrDefault(work.poll(), List.of())) {
                    if (r.add(t)) {
                        work.add(t);
                    }
                }
            }
            return r;
        }

        List<PyObject> rootHeld() {
            List<PyObject> s = new ArrayList<>();
            for (Root r : heap.roots()) {
                s.addAll(r.held());
            }
            return s;
        }
    }

    private void onEvent(HeapEvent e) {
        events.add(e);
        if (!checking || !ready) {
            return;
        }
        if (e instanceof HeapEvent.GcStart s) {
        onGcStart(s);
        } else if (e instanceof HeapEvent.Unreachable u) {
            PyObject o = bySerial.get(u.object());
            if (o == null || !inCollection) {
                throw new AssertionError("unknown object #" + u.object() + " (" + u.label() + ") reported unreachable");
            }
            if (!expectedUnreachable.contains(o)) {
                throw new AssertionError(u.label() + " reported unreachable by a collection of generation "
                        + u.generation() + " but the oracle finds it reachable from outside the generations collected");
            }
            reported.add(o);
            lastUnreachable.put(o, collections);
        } else if (e instanceof HeapEvent.GcStop s) {
        onGcStop(s);
        } else if (e instanceof HeapEvent.FinalizerCalled f) {
            if (finalizerEvents.merge(f.object(), 1, Integer::sum) > 1) {
                throw new AssertionError("__del__ of " + f.label() + " called twice (PEP 442)");
            }
        } else {
        }
    }

    private void onGcStart(HeapEvent.GcStart s) {
        if (inCollection) {
            throw new AssertionError("a collection started inside another");
        }
        observeWeakrefDeaths(null);
        collections++;
        if (!explicitCollect) {
            automaticCollections++;
        }
        inCollection = true;
        exactCollection = explicitCollect;
        Graph g = new Graph();
        startGraph = g;
        int gen = s.generation();
        Set<PyObject> collected = Collections.newSetFromMap(new IdentityHashMap<>());
        List<PyObject> sources = g.rootHeld();
        // (PyObject.generation() is never maintained by the engine; the collector's lists are the truth)
        Map<PyObject, Integer> generations = heap.gc().generationMap();
        for (PyObject o : g.live) {
            if (o.isTracked() && generations.get(o) <= gen) {
                collected.add(o);
            } else {
                sources.add(o);
            }
        }
        Set<PyObject> reachable = g.reach(sources);
        expectedUnreachable = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject o : collected) {
            if (!reachable.contains(o)) {
                expectedUnreachable.add(o);
            }
        }
        reported = Collections.newSetFromMap(new IdentityHashMap<>());
        if (explicitCollect && gen == 2) {
            permanentAtStart = new ArrayList<>();
            generations.forEach((o, n) -> {
                if (n == 3) {
                    permanentAtStart.add(o);
                }
            });
            fullCollectionReported = reported;
        }
        callbacksBefore = new IdentityHashMap<>(host.callbackCalls);
    }

    private void onGcStop(HeapEvent.GcStop s) {
        if (exactCollection && !reported.equals(expectedUnreachable)) {
            List<String> missing = new ArrayList<>();
            for (PyObject o : expectedUnreachable) {
                if (!reported.contains(o)) {
                    missing.add(o.label() + " (refcount " + o.refcount() + ", tracked " + o.isTracked()
                            + ", held by " + referrers(startGraph, o) + ")");
                }
            }
            throw new AssertionError("gc.collect(" + s.generation() + ") did not find unreachable: " + missing);
        }
        // handle_weakrefs: a weakref that is garbage itself is cleared without calling its callback
        for (WeakInfo w : weakInfos) {
            if (reported.contains(w.ref) && !Objects.equals(callbacksBefore.get(w.ref), host.callbackCalls.get(w.ref))) {
                throw new AssertionError("callback of " + w.ref.label() + " ran although the weakref was garbage itself");
            }
        }
        observeWeakrefDeaths(reported);
        inCollection = false;
        exactCollection = false;
    }

    /** Notes the weakrefs that died since the last look, and whether they were garbage themselves then. */
    private void observeWeakrefDeaths(Set<PyObject> unreachable) {
        for (WeakInfo w : weakInfos) {
            if (!w.deathSeen && !w.ref.isFreed() && w.ref.referent() == null) {
                w.deathSeen = true;
                w.diedAsGarbage = unreachable != null && unreachable.contains(w.ref);
            }
        }
    }

    /** Everything checked after every step. */
    public void check() {
        if (!checking) {
            return;
        }
        observeWeakrefDeaths(null);
        Graph g = new Graph();
        long mortal = 0;
        // 1. refcounts: every strong reference from a live object or a root, nothing else
        for (PyObject o : g.live) {
            if (o.isImmortal()) {
                continue;
            }
            mortal++;
            int expected = g.in.getOrDefault(o, 0);
            if (o.refcount() != expected) {
                throw new AssertionError("refcount of " + o.label() + " is " + o.refcount() + " but " + expected
                        + " references are held on it (" + referrers(g, o) + ")");
            }
            if (expected == 0) {
                throw new AssertionError(o.label() + " is unreferenced but was never freed");
            }
        }
        if (heap.liveObjects() != mortal) {
            throw new AssertionError("the heap counts " + heap.liveObjects() + " live objects, the oracle finds " + mortal);
        }
        for (PyObject o : heap.gc().generationMap().keySet()) {
            if (o.isFreed() || !g.out.containsKey(o)) {
                throw new AssertionError("tracked object " + o.label() + " is freed or unknown");
            }
        }
        // the roots hold exactly what the program bound
        checkRoot(stack, List.of());
        checkRoot(saved, host.savedModel);
        for (int r = 0; r < ROOTS; r++) {
            List<PyObject> names = new ArrayList<>();
            for (PyObject o : bound[r]) {
                if (o != null) {
                    names.add(o);
                }
            }
            checkRoot(roots[r], names);
        }
        // 2. what the program stored is still there; nothing reachable from a root is freed
        // (a freed object met while walking from the roots fails in Graph already)
        for (PyObject o : universe) {
            if (!o.isFreed()) {
                checkContents(o);
            }
        }
        // 3. after a full collection, exactly what is reachable survives. Two exceptions, both
        // CPython's: in 3.8 a resurrection keeps the whole batch (check_garbage); and a frozen
        // object freed during the collection (its last referrer was garbage) may release a cycle
        // the collection never examined: it waits for the next one. Then only what the
        // collection found unreachable must be gone (or resurrected, i.e. reachable again).
        if (fullCollectionPending) {
            fullCollectionPending = false;
            if (!resurrectedInFullCollection || !version.policy().wholeBatchSurvivesResurrection()) {
                List<PyObject> sources = g.rootHeld();
                Map<PyObject, Integer> generations = heap.gc().generationMap();
                for (PyObject o : g.live) {
                    if (o.isTracked() && generations.get(o) == 3) {
                        sources.add(o); // gc.freeze()'s permanent generation is never collected
                    }
                }
                Set<PyObject> reachable = g.reach(sources);
                boolean frozenDied = permanentAtStart.stream().anyMatch(PyObject::isFreed);
                for (PyObject o : frozenDied ? List.copyOf(fullCollectionReported) : g.live) {
                    if (!o.isImmortal() && !o.isFreed() && !reachable.contains(o)) {
                        throw new AssertionError(o.label() + " survived gc.collect() but is unreachable (refcount "
                                + o.refcount() + ", tracked " + o.isTracked() + ", generation " + generations.get(o)
                                + ", held by " + referrers(g, o) + ")"
                                + (resurrectedInFullCollection ? " (a __del__ resurrected something)" : ""));
                    }
                }
            }
        }
        // 4. weakrefs die exactly with their referent (or when the collector finds either in its garbage)
        for (WeakInfo w : weakInfos) {
            int calls = host.callbackCalls.getOrDefault(w.ref, 0);
            if (calls > 1) {
                throw new AssertionError("callback of " + w.ref.label() + " called " + calls + " times");
            }
            if (w.ref.isFreed()) {
                continue;
            }
            boolean dead = w.ref.referent() == null;
            boolean expectDead = w.referent.isFreed()
                    || lastUnreachable.getOrDefault(w.referent, -1) > w.createdAt
                    || lastUnreachable.containsKey(w.ref);
            if (dead != expectDead) {
                throw new AssertionError(w.ref.label() + (dead ? " is dead" : " is alive") + " but its referent "
                        + w.referent.label() + (w.referent.isFreed() ? " was freed" : " is alive")
                        + (lastUnreachable.containsKey(w.referent) ? " (found unreachable in collection "
                        + lastUnreachable.get(w.referent) + ", weakref made after " + w.createdAt + ")" : ""));
            }
            if (!dead && w.ref.referent() != w.referent) {
                throw new AssertionError(w.ref.label() + " points at the wrong object");
            }
            if (!dead && !WeakRefs.list(w.referent).contains(w.ref)) {
                throw new AssertionError(w.ref.label() + " is missing from its referent's weakref list");
            }
            // 5. a live weakref's callback ran once if and only if the weakref died while not garbage itself
            int expectedCalls = w.hasCallback && dead && !w.diedAsGarbage ? 1 : 0;
            if (calls != expectedCalls) {
                throw new AssertionError("callback of " + w.ref.label() + " called " + calls + " times, expected "
                        + expectedCalls);
            }
        }
        for (PyObject o : universe) {
            if (o.isWeakReferenceable() && !o.isFreed()) {
                int n = 0;
                for (WeakRefObject r : WeakRefs.list(o)) {
                    if (!weakInfoOf.containsKey(r) || r.referent() != o) {
                        throw new AssertionError("unexpected weakref " + r.label() + " in the list of " + o.label());
                    }
                    n++;
                }
                if (n != WeakRefs.count(o)) {
                    throw new AssertionError("getweakrefcount disagrees with getweakrefs for " + o.label());
                }
            }
        }
        // 5. __del__ at most once; exactly once for a freed instance of a class with __del__
        for (PyObject o : universe) {
            ClassSpec spec = specOf.get(o.type());
            if (spec == null) {
                continue;
            }
            int calls = host.finalizeCalls.getOrDefault(o, 0);
            int expected = !spec.hasDel() ? 0 : o.isFreed() ? 1 : -1;
            if (calls > 1 || (expected >= 0 && calls != expected)) {
                throw new AssertionError("__del__ of " + o.label() + " ran " + calls + " times"
                        + (o.isFreed() ? " before it was freed" : ""));
            }
        }
    }

    private String referrers(Graph g, PyObject target) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<PyObject, List<PyObject>> e : g.out.entrySet()) {
            for (PyObject t : e.getValue()) {
                if (t == target) {
                    sb.append(e.getKey().label()).append(' ');
                }
            }
        }
        for (Root r : heap.roots()) {
            for (PyObject h : r.held()) {
                if (h == target) {
                    sb.append("root '").append(r.label()).append("' ");
                }
            }
        }
        return sb.toString().trim();
    }

    private static void checkRoot(Root root, List<PyObject> expected) {
        Map<PyObject, Integer> a = new IdentityHashMap<>();
        Map<PyObject, Integer> b = new IdentityHashMap<>();
        root.held().forEach(o -> a.merge(o, 1, Integer::sum));
        expected.forEach(o -> b.merge(o, 1, Integer::sum));
        if (!a.equals(b)) {
            throw new AssertionError("root '" + root.label() + "' holds " + root.held() + ", expected " + expected);
        }
    }

    private void checkContents(PyObject o) {
        Kind kind = kinds.get(o);
        switch (kind) {
            case LIST -> {
                ListObject l = (ListObject) o;
                List<PyObject> m = listModel.get(o);
                List<PyObject> actual = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    actual.add(l.get(i));
                }
                same(o, m, actual);
            }
            case DICT -> {
                DictObject d = (DictObject) o;
                List<PyObject> actual = new ArrayList<>();
                for (int i = 0; i < d.entrySlots(); i++) {
                    if (d.keyAt(i) != null) {
                        actual.add(d.keyAt(i));
                        actual.add(d.valueAt(i));
                    }
                }
                List<PyObject> m = new ArrayList<>();
                dictModel.get(o).forEach((k, v) -> {
                    m.add(k);
                    m.add(v);
                });
                same(o, m, actual);
            }
            case SET -> {
                SetObject s = (SetObject) o;
                Set<PyObject> actual = Collections.newSetFromMap(new IdentityHashMap<>());
                for (int i = 0; i < s.slots(); i++) {
                    if (s.slotKey(i) != null) {
                        actual.add(s.slotKey(i));
                    }
                }
                Set<PyObject> m = Collections.newSetFromMap(new IdentityHashMap<>());
                m.addAll(setModel.get(o).keySet());
                if (!m.equals(actual) || s.size() != m.size()) {
                    throw new AssertionError(o.label() + " holds " + actual + ", the program stored " + m);
                }
            }
            case INSTANCE -> {
                Map<String, PyObject> m = attrModel.get(o);
                for (String name : specOf.get(o.type()).attributes()) {
                    if (heap.getAttr(o, name) != m.get(name)) {
                        throw new AssertionError(o.label() + "." + name + " is " + heap.getAttr(o, name)
                                + ", the program stored " + m.get(name));
                    }
                }
            }
            case CELL -> {
                if (((CellObject) o).contents() != cellModel.get(o)) {
                    throw new AssertionError(o.label() + " holds " + ((CellObject) o).contents());
                }
            }
            case TUPLE -> {
                TupleObject t = (TupleObject) o;
                List<PyObject> actual = new ArrayList<>();
                for (int i = 0; i < t.size(); i++) {
                    actual.add(t.get(i));
                }
                same(o, tupleModel.get(o), actual);
            }
            default -> {
            }
        }
    }

    private static void same(PyObject o, List<PyObject> expected, List<PyObject> actual) {
        boolean ok = expected.size() == actual.size();
        for (int i = 0; ok && i < expected.size(); i++) {
            ok = expected.get(i) == actual.get(i);
        }
        if (!ok) {
            throw new AssertionError(o.label() + " holds " + actual + ", the program stored " + expected);
        }
    }

    // ================================================================== determinism

    /** Replays this program on a fresh heap and compares every event and every host call. */
    public void checkDeterminism() {
        HeapModel again = new HeapModel(version, false);
        for (Op op : history) {
            again.apply(op);
        }
        int n = Math.min(events.size(), again.events.size());
        for (int i = 0; i < n; i++) {
            if (!events.get(i).equals(again.events.get(i))) {
                throw new AssertionError("replay differs at event " + i + ": " + events.get(i) + " vs " + again.events.get(i));
            }
        }
        if (events.size() != again.events.size()) {
            throw new AssertionError("replay produced " + again.events.size() + " events, the run " + events.size());
        }
        if (!host.log.equals(again.host.log)) {
            throw new AssertionError("replay called the host differently: " + host.log + " vs " + again.host.log);
        }
    }

    public int eventCount() {
        return events.size();
    }

    @Override
    public String toString() {
        return "HeapModel[" + version + ", " + history.size() + " steps, " + universe.size() + " objects]";
    }
}
