package org.heapsim.python.vm;

import org.heapsim.heap.AtomObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.Message;

/**
 * The built-ins that consume an iterable one item at a time ({@code Python/bltinmodule.c}):
 * any, all, sum, min and max. Each item is released as soon as CPython releases it (a losing
 * candidate of min/max at once, a summed item after its addition), so a generator's objects
 * die during the call in CPython's order.
 */
final class Reductions {
    private Reductions() {
    }

    static void install(PyRuntime rt) {
        def(rt, "any", a -> truth(rt, "any", a, true));
        def(rt, "all", a -> truth(rt, "all", a, false));
        def(rt, "sum", a -> sum(rt, a));
        def(rt, "min", a -> minMax(rt, a, CompareOp.LT, "min"));
        def(rt, "max", a -> minMax(rt, a, CompareOp.GT, "max"));
    }

    private interface Fn {
        PyObject call(PyObject[] a);
    }

    private static void def(PyRuntime rt, String name, Fn fn) {
        PyObject f = rt.heap.newNative(name, (h, a) -> fn.call(a));
        rt.heap.setItemStr(rt.builtins, name, f);
        rt.heap.decref(f);
    }

    /** builtin_any / builtin_all: stop at the first true (any) or false (all) item. */
    private static PyObject truth(PyRuntime rt, String name, PyObject[] a, boolean stopOn) {
        String[] kw = rt.vm.lastKwNames;
        if (kw != null && kw.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
        }
        if (a.length != 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes exactly one argument (" + a.length + " given)");
        }
        Heap heap = rt.heap;
        PyObject it = Iteration.iter(rt, a[0]);
        try {
            for (PyObject item = Iteration.next(rt, it); item != null; item = Iteration.next(rt, it)) {
                boolean t;
                try {
                    t = Ops.isTrue(rt, item);
                } finally {
                    heap.decref(item);
                }
                if (t == stopOn) {
                    return heap.bool(stopOn);
                }
            }
        } finally {
            heap.decref(it);
        }
        return heap.bool(!stopOn);
    }

    /** builtin_sum_impl: result = start (0); result = result + item, releasing the old result, then the item. */
    private static PyObject sum(PyRuntime rt, PyObject[] a) {
        Heap heap = rt.heap;
        BuiltinIterators.CallArgs ca = new BuiltinIterators.CallArgs(a, rt.vm.lastKwNames);
        if (ca.positional() < 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "sum() takes at least 1 positional argument (0 given)");
        }
        if (ca.positional() > 2) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "sum() takes at most 2 arguments (" + ca.positional() + " given)");
        }
        PyObject iterable = ca.take(0, "iterable");
        PyObject start = ca.take(1, "start");
        ca.noMore(rt, "sum", 2);
        if (start != null) {
            if (start.type() == Types.STR) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]");
            }
            if (start.type() == Types.BYTES) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "sum() can't sum bytes [use b''.join(seq) instead]");
            }
        }
        PyObject it = Iteration.iter(rt, iterable);
        try {
            return sumLoop(rt, it, start);
        } finally {
            heap.decref(it);
        }
    }

    /**
     * The loops of builtin_sum_impl: exact ints accumulate without objects while they fit a C
     * long, then floats (ints added as doubles; 3.12+ with Neumaier compensation), then the
     * generic result = result + item, each item released after it is used.
     */
    private static PyObject sumLoop(PyRuntime rt, PyObject it, PyObject start) {
        Heap heap = rt.heap;
        PyObject result;
        if (start == null) {
            result = rt.vm.builtinMethods.newInt(0);
        } else {
            heap.incref(start);
            result = start;
        }
        if (result.type() == Types.INT && Vm.intValue(result).bitLength() < 64) {
            long iResult = Vm.intValue(result).longValue();
            heap.decref(result);
            result = null;
            while (result == null) {
                PyObject item = Iteration.next(rt, it);
                if (item == null) {
                    return rt.vm.builtinMethods.newInt(iResult);
                }
                java.math.BigInteger b = Arith.asInt(item instanceof AtomObject a ? a.value() : null);
                if ((item.type() == Types.INT || item.type() == Types.BOOL) && b.bitLength() < 64) {
                    try {
                        iResult = Math.addExact(iResult, b.longValue());
                        heap.decref(item);
                        continue;
                    } catch (ArithmeticException overflow) {
                        // fall through to the generic addition
                    }
                }
                PyObject r = rt.vm.builtinMethods.newInt(iResult);
                try {
                    result = Arith.binary(rt, BinaryOp.ADD, r, item);
                } finally {
                    heap.decref(r);
                    heap.decref(item);
                }
            }
        }
        if (result.type() == Types.FLOAT) {
            double f = (Double) ((AtomObject) result).value();
            double c = 0.0;
            boolean compensate = rt.policy.sumCompensatesFloats();
            heap.decref(result);
            result = null;
            while (result == null) {
                PyObject item = Iteration.next(rt, it);
                if (item == null) {
                    if (compensate && c != 0.0 && Double.isFinite(c)) {
                        f += c;
                    }
                    return heap.newFloat(f);
                }
                Object v = item instanceof AtomObject a ? a.value() : null;
                if (item.type() == Types.FLOAT) {
                    double x = (Double) v;
                    if (compensate) {
                        double t = f + x;
                        if (Math.abs(f) >= Math.abs(x)) {
                            c += (f - t) + x;
                        } else {
                            c += (x - t) + f;
                        }
                        f = t;
                    } else {
                        f += x;
                    }
                    heap.decref(item);
                    continue;
                }
                java.math.BigInteger b = Arith.asInt(v);
                if (b != null && b.bitLength() < 64) {
                    f += (double) b.longValue();
                    heap.decref(item);
                    continue;
                }
                if (compensate && c != 0.0 && Double.isFinite(c)) {
                    f += c;
                }
                PyObject r = heap.newFloat(f);
                try {
                    result = Arith.binary(rt, BinaryOp.ADD, r, item);
                } finally {
                    heap.decref(r);
                    heap.decref(item);
                }
            }
        }
        try {
            for (PyObject item = Iteration.next(rt, it); item != null; item = Iteration.next(rt, it)) {
                PyObject temp;
                try {
                    temp = Arith.binary(rt, BinaryOp.ADD, result, item);
                } catch (PyException e) {
                    heap.decref(item);
                    throw e;
                }
                heap.decref(result);
                result = temp;
                heap.decref(item);
            }
        } catch (PyException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** min_max: the best item so far and its key; a loser (item and key) is released at once. */
    private static PyObject minMax(PyRuntime rt, PyObject[] a, CompareOp op, String name) {
        Heap heap = rt.heap;
        String[] kw = rt.vm.lastKwNames;
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        ArgsTuple call = ArgsTuple.enter(rt, name, a, kw);
        try {
            PyObject key = null;
            PyObject dflt = null;
            for (int i = 0; i < nkw; i++) {
                switch (kw[i]) {
                    case "key" -> key = a[npos + i];
                    case "default" -> dflt = a[npos + i];
                    default -> throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.INVALID_KEYWORD.format(rt.policy.minor(), kw[i], name));
                }
            }
            if (npos == 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.EXPECTED_AT_LEAST_ONE.format(rt.policy.minor(), name));
            }
            if (key == heap.none()) {
                key = null;
            }
            if (npos > 1 && dflt != null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "Cannot specify a default for " + name + "() with multiple positional arguments");
            }
            PyObject source = npos == 1 ? a[0] : heap.newTuple(java.util.Arrays.asList(a).subList(0, npos));
            PyObject it;
            try {
                it = Iteration.iter(rt, source);
            } finally {
                if (npos > 1) {
                    heap.decref(source);
                }
            }
            PyObject bestItem = null;
            PyObject bestVal = null;
            try {
                for (PyObject item = Iteration.next(rt, it); item != null; item = Iteration.next(rt, it)) {
                    PyObject val;
                    try {
                        if (key != null) {
                            val = rt.vm.call(key, new PyObject[] {item});
                        } else {
                            heap.incref(item);
                            val = item;
                        }
                    } catch (PyException e) {
                        heap.decref(item);
                        throw e;
                    }
                    if (bestVal == null) {
                        bestItem = item;
                        bestVal = val;
                        continue;
                    }
                    boolean better;
                    try {
                        PyObject r = Arith.compare(rt, op, val, bestVal);
                        try {
                            better = Ops.isTrue(rt, r);
                        } finally {
                            heap.decref(r);
                        }
                    } catch (PyException e) {
                        heap.decref(item);
                        heap.decref(val);
                        throw e;
                    }
                    if (better) {
                        heap.decref(bestVal);
                        heap.decref(bestItem);
                        bestVal = val;
                        bestItem = item;
                    } else {
                        heap.decref(item);
                        heap.decref(val);
                    }
                }
            } catch (PyException e) {
                if (bestVal != null) {
                    heap.decref(bestVal);
                    heap.decref(bestItem);
                }
                heap.decref(it);
                throw e;
            }
            if (bestVal == null) {
                heap.decref(it);
                if (dflt != null) {
                    heap.incref(dflt);
                    return dflt;
                }
                throw rt.raise(ExceptionTypes.VALUE_ERROR, Message.EMPTY_MIN_MAX.format(rt.policy.minor(), name));
            }
            heap.decref(bestVal);
            heap.decref(it);
            return bestItem;
        } finally {
            call.exit();
        }
    }

    static boolean isStr(PyObject o) {
        return o instanceof AtomObject a && a.isStr();
    }
}
