package org.heapsim.python.vm;

import java.math.BigInteger;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * range objects ({@code Objects/rangeobject.c}): not GC-tracked, holding no objects the program
 * can see; len, indexing and slicing (a new range), membership, index/count, equality,
 * iteration forwards and backwards (range_iterator, not tracked either).
 */
final class Ranges {
    private Ranges() {
    }

    static boolean isRange(PyObject o) {
        return o.type() == Iteration.RANGE;
    }

    static long[] parts(PyObject range) {
        return (long[]) ((GenericObject) range).payload();
    }

    /** range_new / range_vectorcall: range(stop), range(start, stop[, step]), each through __index__. */
    static PyObject construct(PyRuntime rt, PyObject[] args, String[] kwNames) {
        if (kwNames != null && kwNames.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "range() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.EXPECTED_AT_LEAST_ONE.format(rt.policy.minor(), "range"));
        }
        if (args.length > 3) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "range expected at most 3 arguments, got " + args.length);
        }
        long start = 0;
        long stop;
        long step = 1;
        if (args.length == 1) {
            stop = BuiltinMethods.intArg(rt, args[0]);
        } else {
            start = BuiltinMethods.intArg(rt, args[0]);
            stop = BuiltinMethods.intArg(rt, args[1]);
            if (args.length > 2) {
                step = BuiltinMethods.intArg(rt, args[2]);
                if (step == 0) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "range() arg 3 must not be zero");
                }
            }
        }
        return Iteration.newRange(rt, start, stop, step);
    }

    /** compute_range_length */
    static long length(long start, long stop, long step) {
        BigInteger lo = BigInteger.valueOf(step > 0 ? start : stop);
        BigInteger hi = BigInteger.valueOf(step > 0 ? stop : start);
        BigInteger st = BigInteger.valueOf(Math.abs(step));
        if (lo.compareTo(hi) >= 0) {
            return 0;
        }
        return hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE).longValue();
    }

    static long length(PyObject range) {
        long[] r = parts(range);
        return length(r[0], r[1], r[2]);
    }

    /** range_subscript: an int index (IndexError "range object index out of range") or a slice (a new range). */
    static PyObject getItem(PyRuntime rt, PyObject range, PyObject key) {
        long[] r = parts(range);
        long n = length(range);
        if (key.type() == Subscripts.SLICE) {
            int[] ix = Subscripts.indices(rt, (GenericObject) key, (int) n);
            long start = r[0] + ix[0] * r[2];
            long stop = r[0] + ix[1] * r[2];
            long step = r[2] * ix[2];
            return Iteration.newRange(rt, start, stop, step);
        }
        BigInteger i = Vm.intValue(key);
        if (i == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "range indices must be integers or slices, not " + Ops.typeName(key));
        }
        long v = i.longValue();
        if (v < 0) {
            v += n;
        }
        if (v < 0 || v >= n) {
            throw rt.raise(ExceptionTypes.INDEX_ERROR, "range object index out of range");
        }
        return rt.vm.builtinMethods.newInt(BigInteger.valueOf(r[0]).add(BigInteger.valueOf(v).multiply(BigInteger.valueOf(r[2]))));
    }

    /** The position of an int in the range, or -1 (range_contains_long's arithmetic). */
    private static long position(long[] r, BigInteger v) {
        BigInteger start = BigInteger.valueOf(r[0]);
        BigInteger stop = BigInteger.valueOf(r[1]);
        BigInteger step = BigInteger.valueOf(r[2]);
        boolean inside = r[2] > 0 ? v.compareTo(start) >= 0 && v.compareTo(stop) < 0
                : v.compareTo(start) <= 0 && v.compareTo(stop) > 0;
        if (!inside) {
            return -1;
        }
        BigInteger[] qr = v.subtract(start).divideAndRemainder(step);
        return qr[1].signum() == 0 ? qr[0].longValue() : -1;
    }

    /** range_contains: ints (and bools) by arithmetic, anything else by iteration. */
    static boolean contains(PyRuntime rt, PyObject range, PyObject item) {
        BigInteger v = Arith.asInt(item instanceof org.heapsim.heap.AtomObject a ? a.value() : null);
        if (v != null && (item.type() == Types.INT || item.type() == Types.BOOL)) {
            return position(parts(range), v) >= 0;
        }
        return Iteration.containsByIteration(rt, range, item);
    }

    /** range_equals: same length, and (if not empty) same start, and (if longer than 1) same step. */
    static boolean equal(PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        long[] x = parts(a);
        long[] y = parts(b);
        long n = length(a);
        if (n != length(b)) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (x[0] != y[0]) {
            return false;
        }
        return n == 1 || x[2] == y[2];
    }

    static String repr(PyObject range) {
        long[] r = parts(range);
        return r[2] == 1 ? "range(" + r[0] + ", " + r[1] + ")" : "range(" + r[0] + ", " + r[1] + ", " + r[2] + ")";
    }

    /** range.index, range.count, __len__ and __reversed__ (range_reverse: a range_iterator from the last item down). */
    static void installMethods(BuiltinMethods m) {
        m.define(Iteration.RANGE, "__len__", (rt, self, a, kw) -> rt.vm.builtinMethods.newInt(length(self)));
        m.define(Iteration.RANGE, "__reversed__", (rt, self, a, kw) -> {
            long[] r = parts(self);
            long n = length(self);
            long last = r[0] + (n - 1) * r[2];
            return rt.heap.newGeneric(Iteration.RANGE_ITERATOR, GenericObject.Shape.ITERATOR, null,
                    new Iteration.Position(last, last - n * r[2], -r[2]));
        });
        m.define(Iteration.RANGE, "index", (rt, self, a, kw) -> {
            BuiltinMethods.arity(rt, "index", a, 1, 1);
            BigInteger v = Arith.asInt(a[0] instanceof org.heapsim.heap.AtomObject at ? at.value() : null);
            if (v != null && (a[0].type() == Types.INT || a[0].type() == Types.BOOL)) {
                long p = position(parts(self), v);
                if (p >= 0) {
                    return rt.vm.builtinMethods.newInt(p);
                }
            } else {
                long n = length(self);
                for (long i = 0; i < n; i++) {
                    PyObject idx = rt.vm.builtinMethods.newInt(i);
                    PyObject x = getItem(rt, self, idx);
                    rt.heap.decref(idx);
                    boolean eq = Arith.equal(rt, x, a[0]);
                    rt.heap.decref(x);
                    if (eq) {
                        return rt.vm.builtinMethods.newInt(i);
                    }
                }
            }
            throw rt.raise(ExceptionTypes.VALUE_ERROR, Ops.reprOf(rt, a[0]) + " is not in range");
        });
        m.define(Iteration.RANGE, "count", (rt, self, a, kw) -> {
            BuiltinMethods.arity(rt, "count", a, 1, 1);
            BigInteger v = Arith.asInt(a[0] instanceof org.heapsim.heap.AtomObject at ? at.value() : null);
            if (v != null && (a[0].type() == Types.INT || a[0].type() == Types.BOOL)) {
                return rt.vm.builtinMethods.newInt(position(parts(self), v) >= 0 ? 1 : 0);
            }
            long count = 0;
            PyObject it = Iteration.iter(rt, self);
            try {
                for (PyObject x = Iteration.next(rt, it); x != null; x = Iteration.next(rt, it)) {
                    if (Arith.equal(rt, x, a[0])) {
                        count++;
                    }
                    rt.heap.decref(x);
                }
            } finally {
                rt.heap.decref(it);
            }
            return rt.vm.builtinMethods.newInt(count);
        });
    }
}
