package org.heapsim.weak;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.TupleObject;

/**
 * Weak reference lists: creation with CPython's reuse and insertion rules
 * ({@code weakref___new__}, {@code PyWeakref_NewProxy}, {@code get_basic_refs},
 * {@code insert_head}, {@code insert_after}) and clearing on refcount death
 * ({@code PyObject_ClearWeakRefs}, {@code handle_callback}).
 */
public final class WeakRefs {
    private WeakRefs() {
    }

    /** The TypeError text for an object that cannot be weakly referenced. */
    public static String cannotReferenceMessage(PyObject o) {
        return "cannot create weak reference to '" + o.typeName() + "' object";
    }

    /**
     * {@code weakref.ref(referent, callback)} (or a subclass of ref when type is a class
     * deriving from it). Returns a new reference owned by the caller. A null callback means
     * none (None is passed as null). Throws {@link NotWeakReferenceable} when the referent's
     * type does not support weak references.
     */
    public static WeakRefObject newRef(Heap heap, PyObject referent, PyObject callback, PyType type) {
        checkReferenceable(referent);
        WeakTypes types = heap.weakTypes();
        boolean exact = type == types.ref();
        if (callback == null && exact) {
            WeakRefObject basic = basicRef(referent, types);
            if (basic != null) {
                heap.incref(basic);
                return basic;
            }
        }
        WeakRefObject ref = heap.registerWeakref(new WeakRefObject(type, WeakRefObject.Kind.REF, referent, callback));
        if (callback != null) {
            heap.incref(callback);
        }
        if (callback == null && exact) {
            insertHead(ref, referent);
        } else {
            WeakRefObject basic = basicRef(referent, types);
            WeakRefObject proxy = basicProxy(referent, types);
            WeakRefObject prev = proxy != null ? proxy : basic;
            insertAfterOrHead(ref, prev, referent);
        }
        return ref;
    }

    /** {@code weakref.proxy(referent, callback)}: a new reference owned by the caller. */
    public static WeakRefObject newProxy(Heap heap, PyObject referent, PyObject callback, boolean callableReferent) {
        checkReferenceable(referent);
        WeakTypes types = heap.weakTypes();
        if (callback == null) {
            WeakRefObject existing = basicProxy(referent, types);
            if (existing != null) {
                heap.incref(existing);
                return existing;
            }
        }
        WeakRefObject.Kind kind = callableReferent ? WeakRefObject.Kind.CALLABLE_PROXY : WeakRefObject.Kind.PROXY;
        PyType type = callableReferent ? types.callableProxy() : types.proxy();
        WeakRefObject proxy = heap.registerWeakref(new WeakRefObject(type, kind, referent, callback));
        if (callback != null) {
            heap.incref(callback);
        }
        WeakRefObject basic = basicRef(referent, types);
        WeakRefObject prev = callback == null ? basic : (basicProxy(referent, types) != null ? basicProxy(referent, types) : basic);
        insertAfterOrHead(proxy, prev, referent);
        return proxy;
    }

    private static void checkReferenceable(PyObject referent) {
        if (!referent.isWeakReferenceable()) {
            throw new NotWeakReferenceable(cannotReferenceMessage(referent));
        }
        if (referent instanceof org.heapsim.heap.StaticType t) {
            // A static type is shared by every heap; its weakref list would be shared state.
            throw new org.heapsim.heap.Unsupported("a weak reference to the built-in type '" + t.name() + "'");
        }
    }

    /** get_basic_refs: the head if it is an exact ref without callback. */
    static WeakRefObject basicRef(PyObject referent, WeakTypes types) {
        WeakRefObject head = referent.weakrefs;
        if (head != null && head.callback == null && head.kind() == WeakRefObject.Kind.REF && head.type() == types.ref()) {
            return head;
        }
        return null;
    }

    /** get_basic_refs: the callback-less proxy right after the basic ref (or at the head). */
    static WeakRefObject basicProxy(PyObject referent, WeakTypes types) {
        WeakRefObject head = referent.weakrefs;
        if (head != null && head.callback == null) {
            if (head.kind() == WeakRefObject.Kind.REF && head.type() == types.ref()) {
                head = head.next;
            }
            if (head != null && head.callback == null && head.isProxy()) {
                return head;
            }
        }
        return null;
    }

    private static void insertHead(WeakRefObject ref, PyObject referent) {
        WeakRefObject next = referent.weakrefs;
        ref.prev = null;
        ref.next = next;
        if (next != null) {
            next.prev = ref;
        }
        referent.weakrefs = ref;
    }

    private static void insertAfterOrHead(WeakRefObject ref, WeakRefObject prev, PyObject referent) {
        if (prev == null) {
            insertHead(ref, referent);
            return;
        }
        ref.prev = prev;
        ref.next = prev.next;
        if (prev.next != null) {
            prev.next.prev = ref;
        }
        prev.next = ref;
    }

    /** {@code weakref.getweakrefcount}: the length of the list, proxies included. */
    public static int count(PyObject referent) {
        int n = 0;
        for (WeakRefObject r = referent.weakrefs; r != null; r = r.next) {
            n++;
        }
        return n;
    }

    /** {@code weakref.getweakrefs}: the list in list order (not new references). */
    public static List<WeakRefObject> list(PyObject referent) {
        List<WeakRefObject> refs = new ArrayList<>();
        for (WeakRefObject r = referent.weakrefs; r != null; r = r.next) {
            refs.add(r);
        }
        return refs;
    }

    /**
     * clear_weakref: unlinks the reference from its referent's list (it is dead from now
     * on) and, when releaseCallback, drops its callback. The collector's
     * {@code _PyWeakref_ClearRef} keeps the callback.
     */
    public static void clearWeakref(Heap heap, WeakRefObject ref, boolean releaseCallback) {
        PyObject referent = ref.referent;
        if (referent != null) {
            if (referent.weakrefs == ref) {
                referent.weakrefs = ref.next;
            }
            if (ref.prev != null) {
                ref.prev.next = ref.next;
            }
            if (ref.next != null) {
                ref.next.prev = ref.prev;
            }
            ref.prev = null;
            ref.next = null;
            ref.referent = null;
            heap.onWeakrefCleared(ref, referent);
        }
        if (releaseCallback && ref.callback != null) {
            PyObject cb = ref.callback;
            ref.callback = null;
            heap.decref(cb);
        }
    }

    /** Takes the callback out of a reference (the collector calls it, then releases it). */
    public static PyObject takeCallback(WeakRefObject ref) {
        PyObject cb = ref.callback;
        ref.callback = null;
        return cb;
    }

    /**
     * {@code PyObject_ClearWeakRefs}, called when the referent dies by reference counting:
     * the callback-less basic ref and proxy are cleared; then every other reference is
     * cleared first, and only then are the callbacks of the ones still alive called, in list
     * order (newest first). With more than one, CPython holds them in a tuple (a real GC
     * allocation) that is released after the last callback.
     */
    public static void clearAll(Heap heap, PyObject referent) {
        for (int i = 0; i < 2; i++) {
            WeakRefObject head = referent.weakrefs;
            if (head != null && head.callback == null) {
                clearWeakref(heap, head, true);
            }
        }
        WeakRefObject current = referent.weakrefs;
        if (current == null) {
            return;
        }
        int count = count(referent);
        if (count == 1) {
            PyObject callback = current.callback;
            current.callback = null;
            clearWeakref(heap, current, false);
            if (callback != null) {
                if (current.refcount() > 0) {
                    heap.callWeakrefCallback(current, callback);
                }
                heap.decref(callback);
            }
            return;
        }
        PyObject[] pairs = new PyObject[count * 2];
        for (int i = 0; i < count; i++) {
            WeakRefObject next = current.next;
            if (current.refcount() > 0) {
                heap.incref(current);
                pairs[i * 2] = current;
                pairs[i * 2 + 1] = current.callback;
            } else if (current.callback != null) {
                heap.decref(current.callback);
            }
            current.callback = null;
            clearWeakref(heap, current, false);
            current = next;
        }
        TupleObject tuple = heap.newTupleOwned(pairs);
        for (int i = 0; i < count; i++) {
            PyObject callback = pairs[i * 2 + 1];
            if (callback != null) {
                heap.callWeakrefCallback((WeakRefObject) pairs[i * 2], callback);
            }
        }
        heap.decref(tuple);
    }

    /** Clears references created while a finalizer ran, without calling their callbacks (subtype_dealloc). */
    public static void clearSilently(Heap heap, PyObject referent) {
        while (referent.weakrefs != null) {
            clearWeakref(heap, referent.weakrefs, false);
        }
    }

    /** Whether type derives from the version's weakref.ref. */
    public static boolean isRefType(Heap heap, PyType type) {
        return type == heap.weakTypes().ref() || (type instanceof ClassObject && type.isSubtypeOf(heap.weakTypes().ref()));
    }
}
