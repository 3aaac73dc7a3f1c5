package org.heapsim.heap;

import java.util.ArrayList;
import java.util.List;

/**
 * A statically allocated built-in type ({@code PyList_Type}, {@code PyExc_ValueError}...).
 * Immutable and shared by all heaps: its reference count is never touched, so that many
 * simulations can run in parallel without shared mutable state.
 */
public final class StaticType extends PyType {
    private final String name;
    private final StaticType base;
    private final boolean gc;
    private final boolean weakrefable;
    private final boolean subclassable;
    private final List<PyType> mro;

    StaticType(String name, StaticType base, boolean gc, boolean weakrefable, boolean subclassable) {
        super(null);
        this.name = name;
        this.base = base;
        this.gc = gc;
        this.weakrefable = weakrefable;
        this.subclassable = subclassable;
        List<PyType> m = new ArrayList<>();
        m.add(this);
        if (base != null) {
            m.addAll(base.mro());
        }
        this.mro = List.copyOf(m);
        this.flags |= IMMORTAL;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public StaticType base() {
        return base;
    }

    @Override
    public List<PyType> mro() {
        return mro;
    }

    @Override
    public boolean instancesAreGc() {
        return gc;
    }

    @Override
    public boolean instancesAreWeakReferenceable() {
        return weakrefable;
    }

    public boolean isSubclassable() {
        return subclassable;
    }

    @Override
    public String typeName() {
        return "type";
    }

    /**
     * A static type is never a GC object: {@code Objects/typeobject.c type_is_gc} answers
     * false for types without {@code Py_TPFLAGS_HEAPTYPE}, so {@code _PyObject_IS_GC} (and
     * {@code _PyObject_GC_MAY_BE_TRACKED}) is false for {@code object} in a class's
     * {@code __bases__}/{@code __mro__} tuple. (Its metatype is not modelled: asking the
     * metatype would fail.)
     */
    @Override
    public boolean isGcCapable() {
        return false;
    }

    @Override
    public boolean isWeakReferenceable() {
        return true;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
    }

    @Override
    protected void releaseReferences(Heap heap) {
        throw new IllegalStateException("static type " + name + " is never freed");
    }

    @Override
    public String label() {
        return "<class '" + name + "'>";
    }
}
