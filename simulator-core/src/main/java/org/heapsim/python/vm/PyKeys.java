package org.heapsim.python.vm;

import java.math.BigInteger;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.KeyOps;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.python.runtime.Hashes;

/**
 * Dict keys and set elements as CPython hashes and compares them: the version's str hash
 * (PYTHONHASHSEED=0), int/float/tuple hashes, a class's {@code __hash__} and {@code __eq__},
 * and the pointer hash of objects without one ({@code _Py_HashPointer}).
 */
final class PyKeys implements KeyOps {
    private final PyRuntime rt;

    PyKeys(PyRuntime rt) {
        this.rt = rt;
    }

    @Override
    public long hash(PyObject key) {
        if (key instanceof AtomObject a) {
            long cached = a.cachedHash();
            if (cached != 0) {
                return cached;
            }
            Object v = a.value();
            if (v instanceof String s) {
                long h = Hashes.str(s, rt.policy.minor());
                a.cacheHash(h);
                return h;
            }
            if (v instanceof BigInteger i) {
                long h = Hashes.integer(i);
                a.cacheHash(h);
                return h;
            }
            if (v instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (v instanceof Double d) {
                return Hashes.floating(d);
            }
            if (v instanceof byte[] b) {
                return Hashes.bytes(b, rt.policy.minor());
            }
            return pointerHash(key);
        }
        if (key instanceof TupleObject t && !(t.type() instanceof ClassObject)) {
            long[] hs = new long[t.size()];
            for (int i = 0; i < hs.length; i++) {
                hs[i] = hash(t.get(i));
            }
            return Hashes.tuple(hs);
        }
        if (key instanceof SetObject fs && fs.isFrozen() && !(key.type() instanceof ClassObject)) {
            return frozensetHash(fs);
        }
        if (key instanceof org.heapsim.weak.WeakRefObject w) {
            if (w.isProxy()) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "unhashable type: '" + Ops.typeName(key) + "'");
            }
            if (Ops.typeLookupUser(rt, key.type(), "__hash__") == null) {
                return WeakrefNatives.hash(rt, w);
            }
        }
        checkHashable(rt, key);
        PyObject f = Ops.typeLookupUser(rt, key.type(), "__hash__");
        if (f != null) {
            PyObject r = rt.vm.call(f, new PyObject[] {key});
            try {
                BigInteger i = Vm.intValue(r);
                if (i == null) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "__hash__ method should return an integer");
                }
                long h = Hashes.integer(i);
                return h == -1 ? -2 : h;
            } finally {
                rt.heap.decref(r);
            }
        }
        return pointerHash(key);
    }

    /**
     * frozenset_hash (3.8+): the shuffled hashes of the live entries xor-ed (order does not
     * matter), the size factored in, then dispersed.
     */
    static long frozensetHash(SetObject s) {
        long hash = 0;
        for (int i = 0; i < s.slots(); i++) {
            if (s.slotKey(i) != null) {
                hash ^= shuffleBits(s.slotHash(i));
            }
        }
        hash ^= ((long) s.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    /** _Py_HashPointer over a stand-in address derived from the object's serial number. */
    static long pointerHash(PyObject o) {
        long address = 0x7f0000000000L + o.serial() * 48;
        long y = (address >>> 4) | (address << 60);
        return y == -1 ? -2 : y;
    }

    @Override
    public boolean equal(PyObject stored, PyObject probe) {
        return stored == probe || Arith.equal(rt, stored, probe);
    }

    /** TypeError: unhashable type: 'list' (also for classes that define __eq__ without __hash__). */
    static void checkHashable(PyRuntime rt, PyObject key) {
        boolean unhashable = (key instanceof ListObject || key instanceof DictObject
                || (key instanceof SetObject s && !s.isFrozen())) && !(key.type() instanceof ClassObject);
        if (key.type() instanceof ClassObject c) {
            PyObject h = Ops.typeLookupUser(rt, c, "__hash__");
            unhashable = h == rt.heap.none() || (h == null && Ops.typeLookupUser(rt, c, "__eq__") != null && definesEqWithoutHash(rt, c));
        }
        if (unhashable) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "unhashable type: '" + Ops.typeName(key) + "'");
        }
    }

    /** A class body that defines __eq__ but not __hash__ gets __hash__ = None. */
    private static boolean definesEqWithoutHash(PyRuntime rt, ClassObject c) {
        for (org.heapsim.heap.PyType t : c.mro()) {
            if (t instanceof ClassObject k) {
                if (rt.heap.getItemStr(k.dict(), "__hash__") != null) {
                    return false;
                }
                if (rt.heap.getItemStr(k.dict(), "__eq__") != null) {
                    return true;
                }
            }
        }
        return false;
    }
}
