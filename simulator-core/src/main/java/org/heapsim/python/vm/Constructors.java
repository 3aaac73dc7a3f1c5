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
        if (t == Types.LIST || t == Types.TUPLE) {
            // list___init__ / tuple_new: one optional positional argument, no keywords
            if (kwNames != null && kwNames.length > 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, t.name() + "() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, t.name() + " expected at most 1 argument, got " + args.length);
            }
        }
        if (t == Types.LIST) {
            ListObject l = heap.newListFromType();
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
            return SetMethods.construct(rt, t, args, kwNames);
        }
        if (t == Types.STR) {
            return args.length == 0 ? heap.newStr("") : heap.newStr(Ops.strOf(rt, args[0]));
        }
        if (t == Types.INT) {
            return toInt(rt, args, kwNames);
        }
        if (t == Types.FLOAT) {
            return toFloat(rt, args);
        }
        if (t == Types.BOOL) {
            return heap.bool(args.length > 0 && Ops.isTrue(rt, args[0]));
        }
        if (t == Types.NONE) {
            if (args.length > 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "NoneType takes no arguments");
            }
            return heap.none();
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
        if (t == Types.METHOD && args.length == 2 && (kwNames == null || kwNames.length == 0)) {
            // method_new (types.MethodType(func, obj)), as WeakMethod.__call__ rebuilds its method
            if (!Builtins.isCallable(rt, args[0])) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "first argument must be callable");
            }
            if (args[1] == heap.none()) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "instance must not be None");
            }
            return heap.newMethod(args[0], args[1]);
        }
        throw new org.heapsim.heap.Unsupported("calling the built-in type '" + t.name() + "'");
    }

    /** int(x=0, base=10) (long_new_impl): numbers truncated, str and bytes parsed in the base, __int__/__index__ of classes. */
    private static PyObject toInt(PyRuntime rt, PyObject[] args, String[] kwNames) {
        BuiltinIterators.CallArgs ca = new BuiltinIterators.CallArgs(args, kwNames);
        if (ca.positional() > 2) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "int() takes at most 2 arguments (" + args.length + " given)");
        }
        PyObject x = ca.take(0, "x");
        PyObject baseObj = ca.take(1, "base");
        ca.noMore(rt, "int", 2);
        if (x == null) {
            if (baseObj != null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "int() missing string argument");
            }
            return rt.vm.builtinMethods.newInt(0);
        }
        Object v = x instanceof AtomObject a ? a.value() : null;
        if (baseObj != null) {
            long base = BuiltinMethods.intArg(rt, baseObj);
            if (base != 0 && (base < 2 || base > 36)) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
            }
            if (!(v instanceof String) && !(v instanceof byte[])) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "int() can't convert non-string with explicit base");
            }
            return parseIntOrRaise(rt, x, (int) base);
        }
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
        if (v instanceof String || v instanceof byte[]) {
            return parseIntOrRaise(rt, x, 10);
        }
        for (String dunder : new String[] {"__int__", "__index__"}) {
            PyObject f = Ops.typeLookupUser(rt, x.type(), dunder);
            if (f != null) {
                PyObject r = rt.vm.call(f, new PyObject[] {x});
                if (Vm.intValue(r) == null && !(r instanceof AtomObject ra && ra.value() instanceof Boolean)) {
                    String tn = Ops.typeName(r);
                    heap(rt).decref(r);
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, dunder + " returned non-int (type " + tn + ")");
                }
                return r;
            }
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.INT_ARGUMENT.format(rt.policy.minor(), Ops.typeName(x)));
    }

    private static Heap heap(PyRuntime rt) {
        return rt.heap;
    }

    private static PyObject parseIntOrRaise(PyRuntime rt, PyObject x, int base) {
        Object v = ((AtomObject) x).value();
        String text = v instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.ISO_8859_1) : (String) v;
        BigInteger r;
        try {
            r = NumberParsing.parseInt(text, base);
        } catch (NumberParsing.TooManyDigits e) {
            throw rt.raise(ExceptionTypes.VALUE_ERROR, org.heapsim.version.Message.INT_MAX_STR_DIGITS_TO_INT.format(
                    rt.policy.minor(), Ops.INT_MAX_STR_DIGITS, e.digits));
        }
        if (r == null) {
            String shown = Ops.reprOf(rt, x);
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "invalid literal for int() with base " + base + ": " + shown);
        }
        return rt.vm.builtinMethods.newInt(r);
    }

    /** float(x=0.0) (float_new_impl): numbers converted, str parsed (pystrtod syntax), __float__/__index__ of classes. */
    private static PyObject toFloat(PyRuntime rt, PyObject[] args) {
        if (args.length == 0) {
            return rt.heap.newFloat(0.0);
        }
        if (args.length > 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "float expected at most 1 argument, got " + args.length);
        }
        Object v = args[0] instanceof AtomObject a ? a.value() : null;
        if (v instanceof Double d) {
            return rt.heap.newFloat(d);
        }
        BigInteger i = Arith.asInt(v);
        if (i != null) {
            return rt.heap.newFloat(Arith.toDouble(rt, i));
        }
        if (v instanceof String s) {
            Double d = NumberParsing.parseFloat(s);
            if (d == null) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "could not convert string to float: " + Ops.reprOf(rt, args[0]));
            }
            return rt.heap.newFloat(d);
        }
        for (String dunder : new String[] {"__float__", "__index__"}) {
            PyObject f = Ops.typeLookupUser(rt, args[0].type(), dunder);
            if (f != null) {
                PyObject r = rt.vm.call(f, new PyObject[] {args[0]});
                Object rv = r instanceof AtomObject ra ? ra.value() : null;
                if (dunder.equals("__float__") && !(rv instanceof Double)) {
                    String tn = Ops.typeName(r);
                    rt.heap.decref(r);
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, Ops.typeName(args[0]) + ".__float__ returned non-float (type " + tn + ")");
                }
                if (rv instanceof Double) {
                    return r;
                }
                BigInteger bi = Arith.asInt(rv);
                rt.heap.decref(r);
                return rt.heap.newFloat(Arith.toDouble(rt, bi));
            }
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.FLOAT_ARGUMENT.format(rt.policy.minor(), Ops.typeName(args[0])));
    }
}
