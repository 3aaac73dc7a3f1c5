package org.heapsim.weak;

import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.Visitor;

/**
 * A weak reference or proxy: {@code Objects/weakrefobject.c}. It does not count as a
 * reference to its referent; it sits in the referent's weakref list (doubly linked, in
 * CPython's order) and owns a strong reference to its callback.
 */
public final class WeakRefObject extends PyObject {
    /** What kind of weak reference: ref (or a subclass such as KeyedRef), proxy, callable proxy. */
    public enum Kind { REF, PROXY, CALLABLE_PROXY }

    private final Kind kind;
    PyObject referent;
    PyObject callback;
    WeakRefObject prev;
    WeakRefObject next;
    long hash;
    boolean hashed;

    WeakRefObject(PyType type, Kind kind, PyObject referent, PyObject callback) {
        super(type);
        this.kind = kind;
        this.referent = referent;
        this.callback = callback;
    }

    public Kind kind() {
        return kind;
    }

    /** The referent, or null once the reference is dead. */
    public PyObject referent() {
        return referent;
    }

    public PyObject callback() {
        return callback;
    }

    public WeakRefObject nextInList() {
        return next;
    }

    public boolean isProxy() {
        return kind != Kind.REF;
    }

    /** A basic ref: exactly weakref.ref (not a subclass), without callback: the one that is reused. */
    public boolean isBasicRef(WeakTypes types) {
        return kind == Kind.REF && type() == types.ref() && callback == null;
    }

    public boolean isHashed() {
        return hashed;
    }

    public long cachedHash() {
        return hash;
    }

    public void cacheHash(long h) {
        hash = h;
        hashed = true;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        if (callback != null) {
            visitor.visit(callback);
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        WeakRefs.clearWeakref(heap, this, true);
    }

    @Override
    protected void clear(Heap heap) {
        WeakRefs.clearWeakref(heap, this, true);
    }

    @Override
    protected boolean clearsWeakrefsInDealloc() {
        return false;
    }

    @Override
    public String label() {
        String what = kind == Kind.REF ? typeName() : "proxy";
        return what + "#" + serial() + (referent == null ? " (dead)" : " -> " + referent.label());
    }
}
