package org.heapsim.heap;

import org.heapsim.weak.WeakRefObject;

/**
 * A simulated CPython object: its reference count ({@code ob_refcnt}), its type, the GC header
 * ({@code PyGC_Head}: the links of the generation list it sits in and the scratch
 * {@code gc_refs}) and the head of its weak reference list ({@code tp_weaklistoffset}).
 *
 * <p>Each kind says, in CPython's order, which strong references it owns:
 * {@link #traverse} is {@code tp_traverse}, {@link #releaseReferences} the part of
 * {@code tp_dealloc} that drops them and {@link #clear} is {@code tp_clear}. The {@link Heap}
 * does all reference counting; objects never free themselves.
 */
public abstract class PyObject {
    static final int IMMORTAL = 1;
    static final int FREED = 1 << 1;
    /** PEP 442: tp_finalize ({@code __del__}) has run once; it never runs again. */
    static final int FINALIZED = 1 << 2;
    /** In the set a collection is examining ({@code PREV_MASK_COLLECTING}). */
    static final int COLLECTING = 1 << 3;
    /** Tentatively unreachable in move_unreachable ({@code NEXT_MASK_UNREACHABLE}). */
    static final int UNREACHABLE = 1 << 4;
    /** Pushed on the trashcan's delete-later stack. */
    static final int DEFERRED = 1 << 5;

    int refcnt;
    long serial;
    int flags;
    private PyType type;

    // PyGC_Head: the generation list this object is in (null links: untracked).
    PyObject gcPrev;
    PyObject gcNext;
    long gcRefs;

    /** The weak references to this object, in CPython's list order (basic ref, basic proxy, newest callback ref...). */
    public WeakRefObject weakrefs;

    /** Instance state of objects whose type is a class (slots, attributes); null for built-ins. */
    InstanceState instance;

    protected PyObject(PyType type) {
        this.type = type;
    }

    public final PyType type() {
        return type;
    }

    /** For {@code __class__} assignment. The Heap adjusts the counted reference. */
    final void setType(PyType type) {
        this.type = type;
    }

    public final int refcount() {
        return refcnt;
    }

    /** A stable number for this object within its heap: allocation order, 1 for the first. */
    public final long serial() {
        return serial;
    }

    public final boolean isImmortal() {
        return (flags & IMMORTAL) != 0;
    }

    public final boolean isFreed() {
        return (flags & FREED) != 0;
    }

    public final boolean isFinalized() {
        return (flags & FINALIZED) != 0;
    }

    /** In a generation list (gc.is_tracked). */
    public final boolean isTracked() {
        return gcNext != null;
    }


    public final InstanceState instanceState() {
        return instance;
    }

    public String typeName() {
        return type.name();
    }

    /** Whether objects of this kind are allocated with a GC header (counted in gen0's count). */
    public boolean isGcCapable() {
        return type.instancesAreGc();
    }

    /** Whether this object can become tracked; dicts and tuples decide lazily. */
    public boolean tracksAtCreation() {
        return isGcCapable();
    }

    public boolean isWeakReferenceable() {
        return type.instancesAreWeakReferenceable();
    }

    /**
     * Whether allocating and freeing this object moves generation 0's count. Frames come from
     * CPython's free lists (3.8–3.10) or are not objects at all until they escape (3.11+).
     */
    public boolean countsAllocation() {
        return true;
    }

    /**
     * Visits every strong reference this object owns, in {@code tp_traverse} order. Unlike
     * CPython's traverse, references to atomic objects (str keys, ints) are visited too: the
     * collector ignores them, the invariant checks and pictures need them.
     */
    public final void traverse(Visitor visitor) {
        if (instance != null) {
            instance.traverseBeforeBase(this, visitor);
            traverseOwn(visitor);
            return;
        }
        traverseOwn(visitor);
    }

    /** This kind's own references (for a subclass instance: the built-in base's part). */
    protected abstract void traverseOwn(Visitor visitor);

    /**
     * Releases the built-in part's references in the order its {@code tp_dealloc} does; the
     * heap has already cleared weak references where this kind does so first.
     */
    protected abstract void releaseReferences(Heap heap);

    /** {@code tp_clear}, or nothing for kinds without one (tuples, bound methods...). */
    protected void clear(Heap heap) {
    }

    /** Whether the kind's dealloc is wrapped in {@code Py_TRASHCAN_BEGIN}. */
    protected boolean usesTrashcan() {
        return false;
    }

    /** Built-in kinds that clear weakrefs at the start of their dealloc (sets, functions...). */
    protected boolean clearsWeakrefsInDealloc() {
        return isWeakReferenceable();
    }

    /** Built-in finalizer (generators); instances use their class's {@code __del__}. */
    public boolean hasBuiltinFinalizer() {
        return false;
    }

    /** A short description for events and explanations, e.g. {@code list#12} or {@code Cheese#7}. */
    public String label() {
        return typeName() + "#" + serial;
    }

    @Override
    public String toString() {
        return label();
    }

    // ---- the collector's view of the GC header (org.heapsim.gc mirrors gcmodule.c with these)

    /** gc_get_refs */
    public final long gcRefs() {
        return gcRefs;
    }

    public final void setGcRefs(long value) {
        gcRefs = value;
    }

    /** PREV_MASK_COLLECTING */
    public final boolean isCollecting() {
        return (flags & COLLECTING) != 0;
    }

    public final void setCollecting(boolean on) {
        flags = on ? flags | COLLECTING : flags & ~COLLECTING;
    }

    /** NEXT_MASK_UNREACHABLE */
    public final boolean isTentativelyUnreachable() {
        return (flags & UNREACHABLE) != 0;
    }

    public final void setTentativelyUnreachable(boolean on) {
        flags = on ? flags | UNREACHABLE : flags & ~UNREACHABLE;
    }

    /** _PyGC_SET_FINALIZED */
    public final void markFinalized() {
        flags |= FINALIZED;
    }

}
