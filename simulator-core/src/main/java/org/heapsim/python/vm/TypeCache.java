package org.heapsim.python.vm;

import java.util.HashMap;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.StaticType;

/**
 * The results of {@link Ops#typeLookup} and {@link Ops#typeLookupUser} on one class, as
 * CPython's method cache keeps them: a lookup walks the MRO's dicts (hashing the name in each)
 * only the first time; later ones are one hash-map probe. A cache is valid while the heap's
 * {@link org.heapsim.heap.Heap#typeEpoch() type epoch} is the one it was filled in (any change
 * of any class dict, or a new built-in method, moves the epoch); otherwise it starts afresh. The
 * answers are therefore exactly those of the uncached walk (borrowed references, null when absent).
 */
final class TypeCache {
    private static final Object ABSENT = new Object();

    private final long epoch;
    private final HashMap<String, Object> full = new HashMap<>();
    private final HashMap<String, Object> user = new HashMap<>();

    private TypeCache(long epoch) {
        this.epoch = epoch;
    }

    private static TypeCache of(PyRuntime rt, ClassObject cls) {
        long epoch = rt.heap.typeEpoch();
        if (cls.lookupCache() instanceof TypeCache tc && tc.epoch == epoch) {
            return tc;
        }
        TypeCache tc = new TypeCache(epoch);
        cls.setLookupCache(tc);
        return tc;
    }

    /** _PyType_Lookup on a class: the first class in the MRO whose dict has name, or a built-in method. */
    static PyObject lookup(PyRuntime rt, ClassObject cls, String name) {
        TypeCache tc = of(rt, cls);
        Object v = tc.full.get(name);
        if (v == null) {
            PyObject found = walk(rt, cls, name, false);
            tc.full.put(name, found == null ? ABSENT : found);
            return found;
        }
        return v == ABSENT ? null : (PyObject) v;
    }

    /** The first class dict in the MRO that has name (built-in types skipped). */
    static PyObject lookupUser(PyRuntime rt, ClassObject cls, String name) {
        TypeCache tc = of(rt, cls);
        Object v = tc.user.get(name);
        if (v == null) {
            PyObject found = walk(rt, cls, name, true);
            tc.user.put(name, found == null ? ABSENT : found);
            return found;
        }
        return v == ABSENT ? null : (PyObject) v;
    }

    /** The uncached walk, as Ops did it before the cache. */
    private static PyObject walk(PyRuntime rt, ClassObject cls, String name, boolean userOnly) {
        for (PyType t : cls.mro()) {
            if (t instanceof ClassObject c) {
                if (c.dict() != null || userOnly) {
                    PyObject v = rt.heap.getItemStr(c.dict(), name);
                    if (v != null) {
                        return v;
                    }
                }
            } else if (!userOnly && t instanceof StaticType s) {
                PyObject m = rt.vm.builtinMethods.lookup(s, name);
                if (m != null) {
                    return m;
                }
            }
        }
        return null;
    }
}
