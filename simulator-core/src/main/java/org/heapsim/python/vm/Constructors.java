package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/** Calling a built-in type: list(), dict(), str(), int(), Exception('x')... */
final class Constructors {
    private Constructors() {
    }

    static PyObject construct(PyRuntime rt, PyType t, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        PyObject lazy = BuiltinIterators.construct(rt, t, args, kwNames);
        if (lazy != null) {
            return lazy;
        }
        if (t.isSubtypeOf(Types.BASE_EXCEPTION)) {
            ExceptionObject e = heap.newException(t);
            TupleObject a = heap.newTuple(List.of(args));
            heap.setExceptionField(e, "args", a);
            heap.decref(a);
            return e;
        }
        if (t == heap.weakTypes().ref()) {
            return WeakrefNatives.newRef(rt, t, args);
        }
        if (t == Types.LIST) {
            ListObject l = heap.newList();
            if (args.length > 0) {
                Iteration.extend(rt, l, args[0]);
            }
            return l;
        }
        if (t == Types.TUPLE) {
            if (args.length == 0) {
                return heap.emptyTuple();
            }
            if (args[0] instanceof TupleObject tu && tu.type() == Types.TUPLE) {
                heap.incref(tu);
                return tu;
            }
            List<PyObject> items = Iteration.toList(rt, args[0]);
            TupleObject r = heap.newTupleOwned(items.toArray(new PyObject[0]));
            return r;
        }
        if (t == Types.DICT) {
            return DictMethods.construct(rt, args, kwNames);
        }
        if (t == Types.SET || t == Types.FROZENSET) {
            SetObject s = heap.newSet(t == Types.FROZENSET);
            if (args.length > 0) {
                for (PyObject o : Iteration.toList(rt, args[0])) {
                    PyKeys.checkHashable(rt, o);
                    heap.setAdd(s, o);
                    heap.decref(o);
                }
            }
            return s;
        }
        if (t == Types.STR) {
            return args.length == 0 ? heap.newStr("") : heap.newStr(Ops.strOf(rt, args[0]));
        }
        if (t == Types.INT) {
            return toInt(rt, args);
        }
        if (t == Types.FLOAT) {
            return toFloat(rt, args);
        }
        if (t == Types.BOOL) {
            return heap.bool(args.length > 0 && Ops.isTrue(rt, args[0]));
        }
        if (t == Types.OBJECT) {
            return heap.newGeneric(Types.OBJECT, new org.heapsim.heap.GenericObject.Shape(new String[0], false, false, false), null, null);
        }
        if (t == Types.TYPE && args.length == 1) {
            PyType ty = args[0].type() == null ? Types.TYPE : args[0].type(); // the built-in types' type is type
            heap.incref(ty);
            return ty;
        }
        if (t == Iteration.RANGE) {
            return Ranges.construct(rt, args, kwNames);
        }
        throw new org.heapsim.heap.Unsupported("calling the built-in type '" + t.name() + "'");
    }

    private static PyObject toInt(PyRuntime rt, PyObject[] args) {
        if (args.length == 0) {
            return rt.vm.builtinMethods.newInt(0);
        }
        Object v = args[0] instanceof AtomObject a ? a.value() : null;
        BigInteger i = Arith.asInt(v);
        if (i != null) {
            return rt.vm.builtinMethods.newInt(i);
        }
        if (v instanceof Double d) {
            if (d.isNaN()) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "cannot convert float NaN to integer");
            }
            if (d.isInfinite()) {
                throw rt.raise(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
            }
            return rt.vm.builtinMethods.newInt(new java.math.BigDecimal(d).toBigInteger());
        }
        if (v instanceof String s) {
            int base = args.length > 1 ? (int) BuiltinMethods.intArg(rt, args[1]) : 10;
            try {
                return rt.vm.builtinMethods.newInt(new BigInteger(s.strip().replace("_", ""), base));
            } catch (NumberFormatException e) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "invalid literal for int() with base " + base + ": " + Ops.reprOf(rt, args[0]));
            }
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.INT_ARGUMENT.format(rt.policy.minor(), Ops.typeName(args[0])));
    }

    private static PyObject toFloat(PyRuntime rt, PyObject[] args) {
        if (args.length == 0) {
            return rt.heap.newFloat(0.0);
        }
        Object v = args[0] instanceof AtomObject a ? a.value() : null;
        Double d = Arith.asFloat(v);
        if (d != null) {
            return rt.heap.newFloat(d);
        }
        if (v instanceof String s) {
            String t = s.strip().toLowerCase(java.util.Locale.ROOT);
            try {
                return rt.heap.newFloat(switch (t) {
                    case "inf", "+inf", "infinity" -> Double.POSITIVE_INFINITY;
                    case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                    case "nan", "+nan", "-nan" -> Double.NaN;
                    default -> Double.parseDouble(t.replace("_", ""));
                });
            } catch (NumberFormatException e) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "could not convert string to float: " + Ops.reprOf(rt, args[0]));
            }
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.FLOAT_ARGUMENT.format(rt.policy.minor(), Ops.typeName(args[0])));
    }
}
