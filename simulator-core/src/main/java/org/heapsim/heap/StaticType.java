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

    /** Static types are not heap objects: never tracked, never counted. */
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
