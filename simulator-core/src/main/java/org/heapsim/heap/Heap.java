package org.heapsim.heap;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.collections.api.stack.primitive.MutableLongStack;
import org.eclipse.collections.impl.stack.mutable.primitive.LongArrayStack;
import org.heapsim.event.HeapEvent;
import org.heapsim.event.HeapListener;
import org.heapsim.gc.Collector;
import org.heapsim.version.PythonVersion;
import org.heapsim.version.VersionPolicy;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;
import org.heapsim.weak.WeakTypes;

/**
 * The simulated heap: every object, its reference count, and what CPython does when a count
 * reaches zero. All reference counting goes through {@link #incref} and {@link #decref};
 * deallocation follows {@code subtype_dealloc} and each container's dealloc, with PEP 442
 * finalizers, weakref clearing and callbacks, and the trashcan for deep structures.
 *
 * <p>A heap belongs to one simulation and one thread; nothing in it is static or shared.
 */
public final class Heap {
    private final PythonVersion version;
    private final VersionPolicy policy;
    private final WeakTypes weakTypes;
    private final Collector collector;
    private final FreeLists freeLists;
    private final Atexit atexit;
    private final org.heapsim.weak.Finalizers finalizers;
    private KeyOps keyOps = KeyOps.IDENTITY_AND_ATOMS;
    private Host host = Host.NONE;

    private long nextSerial = 1;
    /** Moves whenever any class dict changes (PyType_Modified): attribute-lookup caches compare it. */
    private long typeEpoch;
    private long liveObjects;
    private long maxLiveObjects = Long.MAX_VALUE;

    // events
    private final List<HeapListener> listeners = new CopyOnWriteArrayList<>();
    private boolean emitting;
    private long eventSeq;
    private int line;
    /** Sequence numbers of the events that are the current cause of frees (operation, then nested frees). */
    private final MutableLongStack causes = new LongArrayStack();

    // trashcan (Py_TRASHCAN_BEGIN / _PyTrash_thread_destroy_chain)
    private int trashDepth;
    private final ArrayDeque<PyObject> trashLater = new ArrayDeque<>();

    // singletons and roots
    private final AtomObject none;
    private final AtomObject trueObj;
    private final AtomObject falseObj;
    private final TupleObject emptyTuple;
    private final Map<String, AtomObject> interned = new HashMap<>();
    private final Root internedRoot = new Root("interned strings");
    private final List<Root> roots = new ArrayList<>();

    public Heap(PythonVersion version) {
        this.version = version;
        this.policy = version.policy();
        this.weakTypes = WeakTypes.of(policy);
        this.none = immortal(new AtomObject(Types.NONE, null));
        this.trueObj = immortal(new AtomObject(Types.BOOL, Boolean.TRUE));
        this.falseObj = immortal(new AtomObject(Types.BOOL, Boolean.FALSE));
        this.emptyTuple = immortal(new TupleObject(Types.TUPLE, new PyObject[0]));
        roots.add(internedRoot);
        this.freeLists = new FreeLists(policy);
        this.collector = new Collector(this);
        this.atexit = new Atexit(this);
        this.finalizers = new org.heapsim.weak.Finalizers(this);
    }

    private <T extends PyObject> T immortal(T o) {
        o.flags |= PyObject.IMMORTAL;
        o.refcnt = 1;
        o.serial = nextSerial++;
        return o;
    }

    // ------------------------------------------------------------------ configuration

    public PythonVersion version() {
        return version;
    }

    public VersionPolicy policy() {
        return policy;
    }

    public WeakTypes weakTypes() {
        return weakTypes;
    }

    public Collector gc() {
        return collector;
    }

    /** CPython's free lists (off for heap traces; {@link Interpreter} starts them for a script). */
    public FreeLists freeLists() {
        return freeLists;
    }

    public KeyOps keyOps() {
        return keyOps;
    }

    /**
     * Sets how dict keys and set elements hash and compare. Only before anything is allocated:
     * tables built with one hash function cannot be searched with another.
     */
    public void setKeyOps(KeyOps ops) {
        if (liveObjects > 0) {
            throw new IllegalStateException("key operations must be set before any object is allocated");
        }
        this.keyOps = ops;
    }

    public Host host() {
        return host;
    }

    public void setHost(Host host) {
        this.host = host;
    }

    /** Changes whenever a class's dict changes or a type gains a method: cached MRO lookups are stale then. */
    public long typeEpoch() {
        return typeEpoch;
    }

    /** {@code PyType_Modified}: every cached type lookup becomes stale. */
    public void typeModified() {
        typeEpoch++;
    }

    /** Allocating more than this many live objects raises {@link HeapLimitExceeded} (MemoryError). */
    public void setMaxLiveObjects(long max) {
        this.maxLiveObjects = max;
    }

    public long liveObjects() {
        return liveObjects;
    }

    public List<Root> roots() {
        return Collections.unmodifiableList(roots);
    }

    public Root newRoot(String label) {
        Root r = new Root(label);
        roots.add(r);
        return r;
    }

    /** Adds a reference from root to o (counted). */
    public void hold(Root root, PyObject o) {
        incref(o);
        root.add(o);
    }

    /** Drops one reference root holds on o. */
    public void release(Root root, PyObject o) {
        if (!root.remove(o)) {
            throw new IllegalStateException(root.label() + " does not hold " + o.label());
        }
        decref(o);
    }

    // ------------------------------------------------------------------ events

    public void addListener(HeapListener l) {
        listeners.add(l);
        emitting = true;
    }

    public void removeListener(HeapListener l) {
        listeners.remove(l);
        emitting = !listeners.isEmpty();
    }

    /** Whether anyone listens: callers build event payloads only then. */
    public boolean emitting() {
        return emitting;
    }

    public long nextEventSeq() {
        return ++eventSeq;
    }

    public void emit(HeapEvent e) {
        for (HeapListener l : listeners) {
            l.onEvent(e);
        }
    }

    /** The source line of the operation being performed; tags every event. */
    public int line() {
        return line;
    }

    /**
     * Starts an operation of the driver (a trace record, a statement): later frees name it
     * as their cause until the next operation. Returns the operation's event sequence number
     * (0 when nobody listens), which {@link #pushCause} can make the cause again.
     */
    public long beginOperation(int sourceLine, String description) {
        this.line = sourceLine;
        causes.clear();
        if (emitting) {
            long seq = nextEventSeq();
            emit(new HeapEvent.Operation(seq, sourceLine, description));
            causes.push(seq);
            return seq;
        }
        return 0;
    }

    public void setLine(int sourceLine) {
        this.line = sourceLine;
    }

    /** Makes an event (a collection starting) the cause of the frees that follow, until {@link #popCause}. */
    public void pushCause(long seq) {
        causes.push(seq);
    }

    public void popCause(long seq) {
        endCause(seq);
    }

    private long currentCause() {
        return causes.isEmpty() ? 0 : causes.peek();
    }

    // ------------------------------------------------------------------ singletons and atoms

    public AtomObject none() {
        return none;
    }

    public AtomObject bool(boolean b) {
        return b ? trueObj : falseObj;
    }

    public TupleObject emptyTuple() {
        return emptyTuple;
    }

    /** An interned str, held by the interpreter's interned table. A borrowed reference. */
    public AtomObject intern(String s) {
        AtomObject a = interned.get(s);
        if (a == null) {
            a = register(new AtomObject(Types.STR, s));
            interned.put(s, a);
            internedRoot.add(a); // the table keeps the reference register() gave us
        }
        return a;
    }

    /** The interned str for s if there is one (borrowed; the table never lets go of it), else null. */
    public AtomObject internedOrNull(String s) {
        return interned.get(s);
    }

    /**
     * PyUnicode_InternInPlace (sys.intern): the interned str equal to s if there is one, else s
     * itself enters the interned table (which then holds it). A borrowed reference.
     */
    public AtomObject internInPlace(AtomObject s) {
        AtomObject a = interned.get(s.asString());
        if (a != null) {
            return a;
        }
        incref(s);
        interned.put(s.asString(), s);
        internedRoot.add(s);
        return s;
    }

    /**
     * A str to look a name up with: the interned one if it exists, else a transient object that
     * is never registered (lookups hash and compare by value, and a read must not allocate).
     */
    AtomObject probe(String s) {
        AtomObject a = interned.get(s);
        return a != null ? a : new AtomObject(Types.STR, s);
    }

    /**
     * A new str. The empty string and the one-character Latin-1 strings are CPython's shared
     * singletons ({@code unicode_empty}, the latin1 character cache): those come back as the one
     * object (a new reference to it), so that identity agrees ({@code "".join([]) is ""}).
     */
    public AtomObject newStr(String s) {
        if (s.isEmpty() || (s.length() == 1 && s.charAt(0) < 256)) {
            AtomObject shared = intern(s);
            incref(shared);
            return shared;
        }
        return register(new AtomObject(Types.STR, s));
    }

    public AtomObject newInt(long v) {
        return newInt(BigInteger.valueOf(v));
    }

    public AtomObject newInt(BigInteger v) {
        return register(new AtomObject(Types.INT, v));
    }

    public AtomObject newFloat(double v) {
        return register(new AtomObject(Types.FLOAT, v));
    }

    public AtomObject newBytes(byte[] v) {
        return register(new AtomObject(Types.BYTES, v.clone()));
    }

    // ------------------------------------------------------------------ allocation

    /**
     * Registers a freshly constructed object with refcount 1 (a new reference for the caller).
     * A GC-capable allocation counts in generation 0 and, in 3.8–3.11, may run an automatic
     * collection first, as {@code _PyObject_GC_Alloc} does; the object is tracked afterwards.
     */
    public <T extends PyObject> T register(T o) {
        return register(o, true);
    }

    /** As {@link #register(PyObject)}; mayRecycle false for {@code PyType_GenericAlloc}, which no free list serves. */
    private <T extends PyObject> T register(T o, boolean mayRecycle) {
        boolean gcCapable = o.isGcCapable();
        if (gcCapable && freeLists.allocationCounts(o, o.countsAllocation(), mayRecycle)) {
            collector.onGcAllocation();
        }
        if (liveObjects >= maxLiveObjects) {
            throw new HeapLimitExceeded(maxLiveObjects);
        }
        o.refcnt = 1;
        o.serial = nextSerial++;
        liveObjects++;
        if (o.type() instanceof ClassObject c) {
            incref(c);
        }
        if (gcCapable && o.tracksAtCreation()) {
            collector.track(o);
        }
        if (emitting) {
            emit(new HeapEvent.Allocated(nextEventSeq(), line, o.serial, o.label(), o.typeName()));
        }
        return o;
    }

    public WeakRefObject registerWeakref(WeakRefObject ref) {
        return register(ref);
    }

    public ListObject newList() {
        return register(new ListObject(Types.LIST, 4));
    }

    /** {@code list()}: allocated by {@code PyType_GenericAlloc}, not from the free list (its dealloc still keeps it). */
    public ListObject newListFromType() {
        return register(new ListObject(Types.LIST, 4), false);
    }

    /** A list of the given items (new references are taken on each). */
    public ListObject newList(List<? extends PyObject> items) {
        ListObject l = register(new ListObject(Types.LIST, items.size()));
        for (PyObject o : items) {
            incref(o);
            l.appendOwned(o);
        }
        return l;
    }

    /** A tuple that takes over the caller's references to its items (null items allowed). */
    public TupleObject newTupleOwned(PyObject[] items) {
        if (items.length == 0) {
            return emptyTuple;
        }
        return register(new TupleObject(Types.TUPLE, items));
    }

    /** A tuple of the given items (new references are taken on each). */
    public TupleObject newTuple(List<? extends PyObject> items) {
        PyObject[] arr = items.toArray(new PyObject[0]);
        for (PyObject o : arr) {
            incref(o);
        }
        return newTupleOwned(arr);
    }

    public DictObject newDict() {
        return register(new DictObject(Types.DICT));
    }

    /** {@code dict()}: allocated by {@code dict_new}'s {@code tp_alloc}, not from the free list. */
    public DictObject newDictFromType() {
        return register(new DictObject(Types.DICT), false);
    }

    public SetObject newSet(boolean frozen) {
        return register(new SetObject(frozen ? Types.FROZENSET : Types.SET));
    }

    public CellObject newCell(PyObject contents) {
        CellObject c = register(new CellObject());
        if (contents != null) {
            incref(contents);
            c.contents = contents;
        }
        return c;
    }

    /** A bound method; takes new references to function and self. */
    public MethodObject newMethod(PyObject function, PyObject self) {
        incref(function);
        incref(self);
        return register(new MethodObject(function, self));
    }

    public FunctionObject newFunction(String name, Object code, DictObject globals) {
        FunctionObject f = register(new FunctionObject(name, code));
        if (globals != null) {
            incref(globals);
            f.globals = globals;
        }
        return f;
    }

    /** func_get_annotations: the function's annotations dict, created empty on first use (a new reference). */
    public DictObject functionAnnotations(FunctionObject f) {
        if (f.annotations == null) {
            f.annotations = newDict();
        }
        incref(f.annotations);
        return f.annotations;
    }

    /** {@code f.__doc__ = value}: the new value is stored before the old one is released. */
    public void setFunctionDoc(FunctionObject f, PyObject value) {
        incref(value);
        PyObject old = f.doc;
        f.doc = value;
        xdecref(old);
    }

    /** {@code f.__defaults__ = value} (null for None): stored before the old tuple is released. */
    public void setFunctionDefaults(FunctionObject f, TupleObject value) {
        if (value != null) {
            incref(value);
        }
        TupleObject old = f.defaults;
        f.defaults = value;
        xdecref(old);
    }

    /** Sets the defaults tuple, closure tuple, kw-defaults or __dict__ of a new function (stealing the reference). */
    public void setFunctionParts(FunctionObject f, TupleObject defaults, DictObject kwdefaults, TupleObject closure) {
        f.defaults = defaults;
        f.kwdefaults = kwdefaults;
        f.closure = closure;
    }

    public FrameObject newFrame(String name, String[] localNames, DictObject globals, FrameObject back) {
        FrameObject f = new FrameObject(name, localNames);
        f.code = localNames; // the code object, for its zombie frame (3.8-3.10 free lists)
        register(f);
        if (globals != null) {
            incref(globals);
            f.globals = globals;
        }
        if (back != null) {
            incref(back);
            f.back = back;
        }
        return f;
    }

    /** A built-in function object implemented by fn (tracked, weakly referenceable, as PyCFunction). */
    public GenericObject newNative(String name, NativeFunction fn) {
        return register(new GenericObject(Types.BUILTIN_FUNCTION, GenericObject.Shape.BUILTIN_FUNCTION, name, fn));
    }

    public GenericObject newGeneric(PyType type, GenericObject.Shape shape, String name, Object payload) {
        return register(new GenericObject(type, shape, name, payload));
    }

    /** A module object with a fresh (empty) dict. */
    public GenericObject newModule(String name) {
        GenericObject m = register(new GenericObject(Types.MODULE, GenericObject.Shape.MODULE, name, null));
        m.fields[0] = newDict();
        return m;
    }

    public ExceptionObject newException(PyType type) {
        ExceptionObject e = register(new ExceptionObject(type));
        if (type instanceof ClassObject) {
            e.instance = new InstanceState((ClassObject) type, false);
        }
        return e;
    }

    /**
     * A class ({@code type_new}): its dict holds {@code __module__}, then any extra entries
     * given, member descriptors for its slots, and the {@code __dict__}/{@code __weakref__}
     * getset descriptors when the class introduces them, then {@code __doc__}; plus the
     * {@code __bases__} and {@code __mro__} tuples. Returns a new reference.
     *
     * @param slots null for a class without {@code __slots__}; otherwise the declared names
     *              (already mangled); {@code __dict__} and {@code __weakref__} among them
     *              enable those features
     */
    public ClassObject newClass(String name, List<PyType> bases, List<String> slots, boolean hasDel) {
        return ClassFactory.newClass(this, name, bases, slots, hasDel);
    }

    /** A class from a class body's namespace (its entries are copied in order, as type_new does). */
    public ClassObject newClass(String name, List<PyType> bases, List<String> slots, boolean hasDel, DictObject namespace) {
        return ClassFactory.newClass(this, name, bases, slots, hasDel, namespace);
    }

    /** As above with the bases tuple {@code __build_class__} made before the class body ran (borrowed; null: none given). */
    public ClassObject newClass(String name, List<PyType> bases, List<String> slots, boolean hasDel, DictObject namespace,
                                TupleObject basesTuple) {
        return ClassFactory.newClass(this, name, bases, slots, hasDel, namespace, basesTuple);
    }

    /** An instance of a class ({@code object.__new__}, or the built-in base's constructor). */
    public PyObject newInstance(ClassObject cls) {
        PyType base = cls.builtinBase();
        PyObject o;
        if (base == Types.LIST) {
            o = new ListObject(cls, 4);
        } else if (base == Types.DICT) {
            o = new DictObject(cls);
        } else if (base == Types.SET || base == Types.FROZENSET) {
            o = new SetObject(cls);
        } else if (base.isSubtypeOf(Types.BASE_EXCEPTION)) {
            o = new ExceptionObject(cls);
        } else if (base == weakTypes.ref()) {
            throw new IllegalArgumentException("use WeakRefs.newRef for subclasses of weakref.ref");
        } else {
            o = new InstanceObject(cls);
        }
        o.instance = new InstanceState(cls, policy.sharedKeyAttributeOrder());
        return register(o);
    }

    /** Gives a weakref subclass instance (KeyedRef) its slot storage. */
    public void attachInstanceState(PyObject o) {
        if (o.type() instanceof ClassObject c && o.instance == null) {
            o.instance = new InstanceState(c, policy.sharedKeyAttributeOrder());
        }
    }

    // ------------------------------------------------------------------ reference counting

    public void incref(PyObject o) {
        if ((o.flags & PyObject.IMMORTAL) == 0) {
            o.refcnt++;
        }
    }

    public void decref(PyObject o) {
        if ((o.flags & PyObject.IMMORTAL) != 0) {
            return;
        }
        if (--o.refcnt == 0) {
            dealloc(o);
        } else if (o.refcnt < 0) {
            throw new IllegalStateException("negative refcount on " + o.label());
        }
    }

    public void xdecref(PyObject o) {
        if (o != null) {
            decref(o);
        }
    }

    /** Tracks an object (PyObject_GC_Track): appended to generation 0. */
    public void track(PyObject o) {
        if (!o.isTracked() && o.isGcCapable()) {
            collector.track(o);
        }
    }

    public void untrack(PyObject o) {
        if (o.isTracked()) {
            collector.untrack(o);
        }
    }

    /** _PyObject_GC_MAY_BE_TRACKED: a GC object that is not an untracked tuple. */
    public static boolean mayBeTracked(PyObject o) {
        if (!o.isGcCapable()) {
            return false;
        }
        if (o instanceof TupleObject && o.type() == Types.TUPLE) {
            return o.isTracked();
        }
        return true;
    }

    void maintainDictTracking(DictObject d, PyObject key, PyObject value) {
        if (!d.isTracked() && (mayBeTracked(key) || mayBeTracked(value))) {
            collector.track(d);
        }
    }

    // ------------------------------------------------------------------ deallocation

    private void dealloc(PyObject o) {
        if (o.type() instanceof ClassObject) {
            subtypeDealloc(o);
        } else {
            builtinDealloc(o);
        }
    }

    /** {@code Objects/typeobject.c subtype_dealloc}. */
    private void subtypeDealloc(PyObject o) {
        ClassObject cls = (ClassObject) o.type();
        untrack(o);
        if (!trashBegin(o, true)) {
            return;
        }
        long freedSeq = freedEvent(o);
        try {
            boolean finalizer = cls.hasFinalizer();
            if (finalizer) {
                collector.track(o);
                if (callFinalizerFromDealloc(o)) {
                    return; // resurrected: it stays tracked, at the tail of generation 0
                }
                untrack(o);
            }
            // subtype_dealloc: "If we added a weaklist, we clear it" -- only when the class
            // added the weakref list (type->tp_weaklistoffset && !base->tp_weaklistoffset).
            // A built-in base that has its own (set, frozenset) clears it in its dealloc,
            // after the slots and the instance dict (set_dealloc -> PyObject_ClearWeakRefs).
            boolean baseOwnsWeaklist = cls.builtinBase().instancesAreWeakReferenceable();
            if (!baseOwnsWeaklist && o.isWeakReferenceable() && o.weakrefs != null) {
                WeakRefs.clearAll(this, o);
            }
            if (!baseOwnsWeaklist && finalizer && o.weakrefs != null) {
                WeakRefs.clearSilently(this, o);
            }
            if (o.instance != null) {
                o.instance.release(this, o);
            }
            if (baseOwnsWeaklist && o.weakrefs != null) {
                WeakRefs.clearAll(this, o);
            }
            o.releaseReferences(this);
            freed(o);
            decref(cls);
        } finally {
            endCause(freedSeq);
            trashEnd(true);
        }
    }

    /** The dealloc of a built-in kind: untrack, weakrefs (where the kind clears them first), references. */
    private void builtinDealloc(PyObject o) {
        untrack(o);
        boolean guarded = o.usesTrashcan();
        if (guarded && !trashBegin(o, false)) {
            return;
        }
        long freedSeq = freedEvent(o);
        try {
            if (o.clearsWeakrefsInDealloc() && o.weakrefs != null) {
                WeakRefs.clearAll(this, o);
            }
            if (o.hasBuiltinFinalizer() && !o.isFinalized()) {
                collector.track(o);
                if (callFinalizerFromDealloc(o)) {
                    return;
                }
                untrack(o);
            }
            o.releaseReferences(this);
            freed(o);
        } finally {
            endCause(freedSeq);
            if (guarded) {
                trashEnd(false);
            }
        }
    }

    /**
     * {@code PyObject_CallFinalizerFromDealloc}: resurrects the object for the call, runs
     * {@code __del__} once (PEP 442), and reports whether the finalizer resurrected it.
     */
    private boolean callFinalizerFromDealloc(PyObject o) {
        o.refcnt = 1;
        if (!o.isFinalized()) {
            if (emitting) {
                emit(new HeapEvent.FinalizerCalled(nextEventSeq(), line, o.serial, o.label()));
            }
            host.finalize(o);
            o.markFinalized();
        }
        o.refcnt--;
        if (o.refcnt == 0) {
            return false;
        }
        if (emitting) {
            emit(new HeapEvent.Resurrected(nextEventSeq(), line, o.serial, o.label(), o.refcnt));
        }
        return true;
    }

    /** Runs tp_finalize of an object the collector found unreachable (finalize_garbage). */
    public void finalizeFromGc(PyObject o) {
        if (emitting) {
            emit(new HeapEvent.FinalizerCalled(nextEventSeq(), line, o.serial, o.label()));
        }
        incref(o);
        o.markFinalized();
        host.finalize(o);
        decref(o);
    }

    /** Whether the object has a finalizer the collector must call (tp_finalize not yet run). */
    public boolean needsFinalizer(PyObject o) {
        if (o.isFinalized()) {
            return false;
        }
        return o.type() instanceof ClassObject c ? c.hasFinalizer() : o.hasBuiltinFinalizer();
    }

    private GcReason freeReason = GcReason.REFCOUNT;

    private enum GcReason { REFCOUNT, GARBAGE_COLLECTED }

    /** While the collector clears garbage, frees are reported as collected. */
    public void setCollecting(boolean collecting) {
        freeReason = collecting ? GcReason.GARBAGE_COLLECTED : GcReason.REFCOUNT;
    }

    private long freedEvent(PyObject o) {
        if (!emitting) {
            return 0;
        }
        long seq = nextEventSeq();
        HeapEvent.Reason reason = freeReason == GcReason.REFCOUNT ? HeapEvent.Reason.REFCOUNT : HeapEvent.Reason.GARBAGE_COLLECTED;
        emit(new HeapEvent.Freed(seq, line, o.serial, o.label(), reason, currentCause()));
        causes.push(seq);
        return seq;
    }

    private void endCause(long seq) {
        if (seq != 0 && !causes.isEmpty() && causes.peek() == seq) {
            causes.pop();
        }
    }

    private void freed(PyObject o) {
        o.flags |= PyObject.FREED;
        liveObjects--;
        if (o.isGcCapable() && freeLists.freeCounts(o, o.countsAllocation())) {
            collector.onGcFree();
        }
    }

    /** {@code _PyTrash_begin}: false when the dealloc is deferred to the delete-later stack. */
    private boolean trashBegin(PyObject o, boolean subtype) {
        VersionPolicy.Trashcan t = policy.trashcan();
        int seen = trashDepth + (subtype && t.instanceExtraLevel() ? 1 : 0);
        if (seen >= t.depositDepth()) {
            o.flags |= PyObject.DEFERRED;
            trashLater.push(o);
            if (emitting) {
                emit(new HeapEvent.Deferred(nextEventSeq(), line, o.serial, o.label()));
            }
            return false;
        }
        trashDepth++;
        return true;
    }

    /** {@code _PyTrash_end}: drains the delete-later stack once back at the outermost level. */
    private void trashEnd(boolean subtype) {
        VersionPolicy.Trashcan t = policy.trashcan();
        int seen = trashDepth - 1 + (subtype && t.instanceExtraLevel() ? 1 : 0);
        trashDepth--;
        if (!trashLater.isEmpty() && seen <= t.drainDepth()) {
            destroyChain(t);
        }
    }

    /** {@code _PyTrash_thread_destroy_chain}: LIFO, each deferred dealloc run again from the start. */
    private void destroyChain(VersionPolicy.Trashcan t) {
        if (t.bumpWhileDraining()) {
            trashDepth++;
        }
        try {
            while (!trashLater.isEmpty()) {
                PyObject o = trashLater.pop();
                o.flags &= ~PyObject.DEFERRED;
                dealloc(o);
            }
        } finally {
            if (t.bumpWhileDraining()) {
                trashDepth--;
            }
        }
    }

    /** Called by the collector: tp_clear of an object in the garbage. */
    public void clearObject(PyObject o) {
        if (o.instance != null) {
            // subtype_clear: slots, then attributes / the instance dict, then the base's tp_clear
            o.instance.release(this, o);
        }
        o.clear(this);
    }

    /** Empties a dict (PyDict_Clear): entries in order, key then value. */
    public void clearDict(DictObject d) {
        PyObject[] kv = d.detachAll();
        for (PyObject x : kv) {
            decref(x);
        }
    }

    // ------------------------------------------------------------------ weakref hooks

    /** Called when a weakref is cleared (its referent is dying or gone). */
    public void onWeakrefCleared(WeakRefObject ref, PyObject referent) {
        if (emitting) {
            emit(new HeapEvent.WeakrefCleared(nextEventSeq(), line, ref.serial(), referent.serial, referent.label()));
        }
    }

    /** handle_callback: calls {@code callback(ref)}; an exception is reported as unraisable. */
    public void callWeakrefCallback(WeakRefObject ref, PyObject callback) {
        if (emitting) {
            emit(new HeapEvent.CallbackCalled(nextEventSeq(), line, ref.serial(), callback.serial, callback.label()));
        }
        callUnraisable(callback, new PyObject[] {ref}, callback);
    }

    // ------------------------------------------------------------------ calls

    /**
     * Calls a callable: built-in functions and finalize objects are the engine's own; anything
     * else goes to the host. Returns a new reference (never null: None for no result).
     */
    public PyObject call(PyObject callable, PyObject[] args) {
        PyObject result;
        if (callable instanceof GenericObject g && g.payload() instanceof NativeFunction fn) {
            result = fn.call(this, args);
        } else if (finalizers.isFinalizer(callable)) {
            result = finalizers.call(callable);
        } else {
            result = host.call(callable, args);
        }
        return result == null ? none : result;
    }

    /** Calls from C code that cannot propagate: an exception becomes an "Exception ignored in" report. */
    public void callUnraisable(PyObject callable, PyObject[] args, PyObject reportAs) {
        try {
            decref(call(callable, args));
        } catch (PyError e) {
            host.writeUnraisable(e, reportAs);
        }
    }

    public org.heapsim.weak.Finalizers finalizers() {
        return finalizers;
    }

    public Atexit atexit() {
        return atexit;
    }

    // ------------------------------------------------------------------ container operations (Containers)

    public void listAppend(ListObject l, PyObject item) {
        Containers.listAppend(this, l, item);
    }

    public void listInsert(ListObject l, int index, PyObject item) {
        Containers.listInsert(this, l, index, item);
    }

    /** {@code lst[i] = v}: stores v, then releases the old item (list_ass_item). */
    public void listSet(ListObject l, int index, PyObject item) {
        Containers.listSet(this, l, index, item);
    }

    /** {@code del lst[a:b]}, {@code lst.clear()}: the removed items are released last to first. */
    public void listDeleteSlice(ListObject l, int from, int to) {
        Containers.listDeleteSlice(this, l, from, to);
    }

    /**
     * list_ass_slice: items [from, to) are replaced by newItems (references taken on each);
     * the removed items are returned for the caller to release (last to first, as CPython).
     */
    public PyObject[] listReplaceSlice(ListObject l, int from, int to, PyObject[] newItems) {
        PyObject[] removed = l.cut(from, to);
        for (int k = 0; k < newItems.length; k++) {
            incref(newItems[k]);
            l.insertOwned(from + k, newItems[k]);
        }
        if (emitting) {
            for (int k = 0; k < newItems.length; k++) {
                refAdded(l, "[" + (from + k) + "]", newItems[k]);
            }
            for (int k = 0; k < removed.length; k++) {
                refRemoved(l, "[" + (from + k) + "]", removed[k]);
            }
        }
        return removed;
    }

    /** Stores item at index (a new reference) and returns the old item for the caller to release later (extended slice assignment). */
    public PyObject listExchange(ListObject l, int index, PyObject item) {
        incref(item);
        PyObject old = l.replace(index, item);
        if (emitting) {
            refAdded(l, "[" + index + "]", item);
            refRemoved(l, "[" + index + "]", old);
        }
        return old;
    }

    /** Removes the items at the given ascending indices, returning them (ascending) for the caller to release. */
    public PyObject[] listRemoveIndices(ListObject l, int[] ascending) {
        PyObject[] removed = new PyObject[ascending.length];
        for (int k = ascending.length - 1; k >= 0; k--) {
            removed[k] = l.cut(ascending[k], ascending[k] + 1)[0];
            if (emitting) {
                refRemoved(l, "[" + ascending[k] + "]", removed[k]);
            }
        }
        return removed;
    }

    /** {@code lst.pop(i)}: returns the item as a new reference owned by the caller. */
    public PyObject listPop(ListObject l, int index) {
        return Containers.listPop(this, l, index);
    }

    /**
     * PyTuple_SET_ITEM on a tuple whose only reference is its creator's (a recycled result
     * tuple): stores the new item (the reference is taken over) and returns the old one for the
     * caller to release when CPython does.
     */
    public PyObject tupleReplace(TupleObject t, int index, PyObject ownedItem) {
        PyObject old = t.replace(index, ownedItem);
        if (emitting) {
            refAdded(t, "[" + index + "]", ownedItem);
            if (old != null) {
                refRemoved(t, "[" + index + "]", old);
            }
        }
        return old;
    }

    /** {@code d[k] = v} (insertdict): a new entry stores both; an existing key keeps its key object and releases the old value. */
    public void setItem(DictObject d, PyObject key, PyObject value) {
        Containers.setItem(this, d, key, value);
    }

    /** {@code d[k] = v} with k's hash already known (dict_merge from another dict's entry; no __hash__ call). */
    public void setItemKnownHash(DictObject d, PyObject key, long hash, PyObject value) {
        Containers.setItem(this, d, key, hash, value);
    }

    /** {@code d["name"] = v} with an interned str key. */
    public void setItemStr(DictObject d, String key, PyObject value) {
        Containers.setItemStr(this, d, key, value);
    }

    public PyObject getItem(DictObject d, PyObject key) {
        return Containers.getItem(this, d, key);
    }

    public PyObject getItemStr(DictObject d, String key) {
        return Containers.getItemStr(this, d, key);
    }

    /** {@code del d[k]}: releases the stored key, then the value (delitem_common). False if absent. */
    public boolean delItem(DictObject d, PyObject key) {
        return Containers.delItem(this, d, key);
    }

    /**
     * Removes the entry at an entry slot ({@link DictObject#find}) without hashing again
     * (_PyDict_Pop_KnownHash, dict.popitem): returns {key, value}, both references now the
     * caller's to release.
     */
    public PyObject[] dictTakeSlot(DictObject d, int slot) {
        PyObject[] kv = d.removeAt(slot);
        if (emitting) {
            refRemoved(d, "[" + kv[0].label() + "]", kv[1]);
        }
        return kv;
    }

    public boolean delItemStr(DictObject d, String key) {
        return Containers.delItemStr(this, d, key);
    }

    /** {@code s.add(x)}: true when added. */
    public boolean setAdd(SetObject s, PyObject item) {
        return Containers.setAdd(this, s, item);
    }

    /** set_add_entry with a hash already known (from a dict's or set's table): true when added. */
    public boolean setAddKnownHash(SetObject s, PyObject item, long hash) {
        incref(item);
        if (!s.addEntry(keyOps, item, hash, policy.setAddReusesDummySlot())) {
            decref(item);
            return false;
        }
        if (emitting) {
            refAdded(s, "{}", item);
        }
        return true;
    }

    /** set_merge: another set's entries into s (see SetObject#merge). */
    public void setMerge(SetObject s, SetObject other) {
        for (PyObject k : s.merge(keyOps, other, policy.setAddReusesDummySlot())) {
            incref(k);
            if (emitting) {
                refAdded(s, "{}", k);
            }
        }
    }

    /** set_update_internal's up-front resize for n incoming entries. */
    public void setReserve(SetObject s, int n) {
        s.reserve(n);
    }

    /** set_contains_entry with a stored hash (no __hash__ call). */
    public boolean setContainsKnownHash(SetObject s, PyObject key, long hash) {
        return s.containsEntry(keyOps, key, hash);
    }

    /** set.pop(): the key (a reference the caller now owns), or null when the set is empty. */
    public PyObject setPop(SetObject s) {
        PyObject k = s.pop();
        if (k != null && emitting) {
            refRemoved(s, "{}", k);
        }
        return k;
    }

    /** set_discard_entry with a stored hash (no __hash__ call): true when it was present. */
    public boolean setDiscardKnownHash(SetObject s, PyObject item, long hash) {
        PyObject old = s.discard(keyOps, item, hash);
        if (old == null) {
            return false;
        }
        if (emitting) {
            refRemoved(s, "{}", old);
        }
        decref(old);
        return true;
    }

    /** set.clear() (set_clear_internal): the table detached, then its keys released in slot order. */
    public void clearSet(SetObject s) {
        s.clear(this);
    }

    /** set_swap_bodies */
    public void setSwapTables(SetObject a, SetObject b) {
        a.swapTables(b);
    }

    /** The stored hash of a dict entry (for set_update_internal from a dict). */
    public long dictHashAt(DictObject d, int slot) {
        return d.hashAt(slot);
    }

    /** {@code s.discard(x)}: true when it was present. */
    public boolean setDiscard(SetObject s, PyObject item) {
        return Containers.setDiscard(this, s, item);
    }

    public void cellSet(CellObject c, PyObject value) {
        Containers.cellSet(this, c, value);
    }

    /** Sets a field of a generic object (iterator's container, traceback's next/frame...). */
    public void setField(GenericObject g, int index, PyObject value) {
        Containers.setField(this, g, index, value);
    }

    /** Sets one of an exception's fields (args, __traceback__, __cause__, __context__, __notes__). */
    public void setExceptionField(ExceptionObject e, String field, PyObject value) {
        Containers.setExceptionField(this, e, field, value);
    }

    // ------------------------------------------------------------------ attributes (Attributes)

    /**
     * {@code obj.name = value}: a slot if the class declares one, else the instance's
     * attributes in the version's storage. The new value is stored before the old one is
     * released. Throws IllegalArgumentException when the object has no place for it.
     */
    public void setAttr(PyObject obj, String name, PyObject value) {
        Attributes.setAttr(this, obj, name, value);
    }

    /** The attribute value, or null when unset (a borrowed reference). */
    public PyObject getAttr(PyObject obj, String name) {
        return Attributes.getAttr(this, obj, name);
    }

    /** {@code del obj.name}; false when there is no such attribute. */
    public boolean delAttr(PyObject obj, String name) {
        return Attributes.delAttr(this, obj, name);
    }

    /** Attribute names in this instance's iteration order (vars(obj)). */
    public List<String> attributeNames(PyObject obj) {
        return Attributes.attributeNames(this, obj);
    }

    /** The object's {@code __dict__} object if it has one (creating it when create). */
    public DictObject attributeDict(PyObject obj, boolean create) {
        return Attributes.attributeDict(this, obj, create);
    }

    /**
     * {@code obj.__dict__} in 3.11+: the inline values move into a real dict, in this
     * instance's insertion order; from then on the dict is the storage.
     */
    public DictObject materializeDict(PyObject obj) {
        return Attributes.materializeDict(this, obj);
    }

    // ------------------------------------------------------------------ frames and stacks

    /** Pushes a new reference onto a frame's evaluation stack (the frame owns it). */
    public void push(FrameObject f, PyObject o) {
        incref(o);
        f.pushOwned(o);
    }

    /** Pops and releases the top of a frame's evaluation stack. */
    public void popAndRelease(FrameObject f) {
        decref(f.popOwned());
    }

    /** Pops the top of the stack, transferring its reference to the caller. */
    public PyObject popOwned(FrameObject f) {
        return f.popOwned();
    }

    /** Binds a frame local (the new value stored before the old one is released). */
    public void setLocal(FrameObject f, int index, PyObject value) {
        if (value != null) {
            incref(value);
        }
        PyObject old = f.locals[index];
        f.locals[index] = value;
        if (emitting) {
            if (value != null) {
                emit(new HeapEvent.Bound(nextEventSeq(), line, f.label(), f.localName(index), value.serial, value.label()));
            } else if (old != null) {
                emit(new HeapEvent.Unbound(nextEventSeq(), line, f.label(), f.localName(index), old.serial, old.label()));
            }
        }
        if (old != null) {
            decref(old);
        }
    }

    /** Releases a frame's locals in localsplus order, then its stack (_PyFrame_Clear). */
    public void clearFrame(FrameObject f) {
        f.clearLocals(this);
    }

    // ------------------------------------------------------------------ event helpers

    /**
     * Finishes replacing a reference: value (already counted, or null) now sits in holder's
     * slot where old (or null) was. Reports both and releases old, after the store, as
     * CPython always does.
     */
    void replaced(PyObject holder, String slot, PyObject value, PyObject old) {
        if (emitting) {
            if (value != null) {
                refAdded(holder, slot, value);
            }
            if (old != null) {
                refRemoved(holder, slot, old);
            }
        }
        if (old != null) {
            decref(old);
        }
    }

    void refAdded(PyObject holder, String slot, PyObject target) {
        if (emitting) {
            emit(new HeapEvent.ReferenceAdded(nextEventSeq(), line, holder.serial, holder.label(), slot, target.serial, target.label()));
        }
    }

    void refRemoved(PyObject holder, String slot, PyObject target) {
        if (emitting) {
            emit(new HeapEvent.ReferenceRemoved(nextEventSeq(), line, holder.serial, holder.label(), slot, target.serial, target.label()));
        }
    }

    /** Emits a Bound/Unbound event for a namespace the driver manages (module globals). */
    public void bindingEvent(String namespace, String name, PyObject value, boolean bound) {
        if (emitting) {
            emit(bound
                    ? new HeapEvent.Bound(nextEventSeq(), line, namespace, name, value.serial, value.label())
                    : new HeapEvent.Unbound(nextEventSeq(), line, namespace, name, value.serial, value.label()));
        }
    }

    public void output(String text, boolean stderr) {
        if (emitting) {
            emit(new HeapEvent.Output(nextEventSeq(), line, text, stderr));
        }
    }
}
