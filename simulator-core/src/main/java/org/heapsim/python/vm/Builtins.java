package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.MethodObject;
import org.heapsim.heap.NativeFunction;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/** The builtins module's contents: functions, types and exception classes of the subset. */
final class Builtins {
    private Builtins() {
    }

    static void install(PyRuntime rt) {
        Heap heap = rt.heap;
        DictObject b = rt.builtins;
        for (StaticType t : List.of(Types.INT, Types.FLOAT, Types.STR, Types.BOOL, Types.LIST, Types.TUPLE, Types.DICT,
                Types.SET, Types.FROZENSET, Types.OBJECT, Types.TYPE, Iteration.RANGE)) {
            heap.setItemStr(b, t.name(), t);
        }
        Descriptors.installBuiltins(rt);
        for (var e : org.heapsim.python.runtime.ExceptionTypes.all().entrySet()) {
            heap.setItemStr(b, e.getKey(), e.getValue());
        }
        heap.setItemStr(b, "None", heap.none());
        heap.setItemStr(b, "NotImplemented", rt.vm.builtinMethods.notImplemented());
        BuiltinIterators.install(rt);
        Namespaces.install(rt);
        def(rt, "__build_class__", (h, a) -> Classes.buildClass(rt, a));
        def(rt, "print", (h, a) -> StdStreams.print(rt, a));
        def(rt, "len", (h, a) -> {
            Arity.function(rt, "len", a);
            return rt.vm.builtinMethods.newInt(Ops.lengthOf(rt, a[0]));
        });
        def(rt, "repr", (h, a) -> {
            Arity.function(rt, "repr", a);
            return heap.newStr(Ops.reprOf(rt, a[0]));
        });
        def(rt, "id", (h, a) -> {
            Arity.function(rt, "id", a);
            return rt.vm.builtinMethods.newInt(BigInteger.valueOf(0x7f0000000000L + a[0].serial() * 48));
        });
        def(rt, "hash", (h, a) -> {
            Arity.function(rt, "hash", a);
            return rt.vm.builtinMethods.newInt(heap.keyOps().hash(a[0]));
        });
        def(rt, "isinstance", (h, a) -> {
            Arity.function(rt, "isinstance", a, 2, 2);
            return heap.bool(isInstance(rt, a[0], a[1]));
        });
        def(rt, "issubclass", (h, a) -> {
            Arity.function(rt, "issubclass", a, 2, 2);
            if (!(a[0] instanceof PyType t)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "issubclass() arg 1 must be a class");
            }
            return heap.bool(isSubclass(rt, t, a[1]));
        });
        def(rt, "callable", (h, a) -> {
            Arity.function(rt, "callable", a);
            return heap.bool(isCallable(rt, a[0]));
        });
        def(rt, "getattr", (h, a) -> {
            Arity.function(rt, "getattr", a, 2, 3);
            String name = attrName(rt, "getattr", a[1]);
            PyObject v = Ops.getAttrOrNull(rt, a[0], name);
            if (v == null) {
                if (a.length > 2) {
                    heap.incref(a[2]);
                    return a[2];
                }
                throw Ops.attributeError(rt, a[0], name);
            }
            return v;
        });
        def(rt, "hasattr", (h, a) -> {
            Arity.function(rt, "hasattr", a, 2, 2);
            PyObject v = Ops.getAttrOrNull(rt, a[0], attrName(rt, "hasattr", a[1]));
            if (v != null) {
                heap.decref(v);
            }
            return heap.bool(v != null);
        });
        def(rt, "setattr", (h, a) -> {
            Arity.function(rt, "setattr", a, 3, 3);
            Ops.setAttr(rt, a[0], attrName(rt, null, a[1]), a[2]);
            return null;
        });
        def(rt, "delattr", (h, a) -> {
            Arity.function(rt, "delattr", a, 2, 2);
            Ops.delAttr(rt, a[0], attrName(rt, null, a[1]));
            return null;
        });
        def(rt, "iter", (h, a) -> BuiltinIterators.iterBuiltin(rt, a));
        def(rt, "next", (h, a) -> {
            Arity.function(rt, "next", a, 1, 2);
            if (Generators.isGenerator(a[0]) && a.length == 1) {
                return Generators.send(rt, a[0], heap.none()); // StopIteration carries the return value
            }
            PyObject userNext = a[0].type() instanceof ClassObject ? Ops.typeLookupUser(rt, a[0].type(), "__next__") : null;
            if (userNext != null) {
                // builtin_next over slot_tp_iternext: the iterator's own StopIteration propagates unless there is a default
                try {
                    return rt.vm.call(userNext, new PyObject[] {a[0]});
                } catch (PyException e) {
                    if (a.length > 1 && e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                        heap.decref(e.value());
                        heap.incref(a[1]);
                        return a[1];
                    }
                    throw e;
                }
            }
            PyObject v = Iteration.next(rt, a[0]);
            if (v == null) {
                if (a.length > 1) {
                    heap.incref(a[1]);
                    return a[1];
                }
                throw rt.raise(ExceptionTypes.STOP_ITERATION, null);
            }
            return v;
        });
        def(rt, "sorted", (h, a) -> {
            String[] kw = rt.vm.lastKwNames;
            int npos = a.length - (kw == null ? 0 : kw.length);
            if (npos != 1) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "sorted expected 1 argument, got " + npos);
            }
            // builtin_sorted: PySequence_List (a new list extended item by item), then list.sort
            ListObject l = heap.newList();
            try {
                ListMethods.extend(rt, l, a[0]);
            } catch (PyException e) {
                heap.decref(l);
                throw e;
            }
            try {
                Sorting.sortInPlace(rt, l, java.util.Arrays.copyOfRange(a, 1, a.length), rt.vm.lastKwNames);
            } catch (PyException e) {
                heap.decref(l);
                throw e;
            }
            return l;
        });
        def(rt, "abs", (h, a) -> {
            Arity.function(rt, "abs", a);
            PyObject userAbs = Ops.typeLookupUser(rt, a[0].type(), "__abs__");
            if (userAbs != null) {
                return rt.vm.call(userAbs, new PyObject[] {a[0]});
            }
            Object v = a[0] instanceof AtomObject x ? x.value() : null;
            BigInteger i = Arith.asInt(v);
            if (i != null) {
                return rt.vm.builtinMethods.newInt(i.abs());
            }
            if (v instanceof Double d) {
                return heap.newFloat(Math.abs(d));
            }
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "bad operand type for abs(): '" + Ops.typeName(a[0]) + "'");
        });
        Reductions.install(rt);
        MoreBuiltins.install(rt);
    }

    /** An attribute name argument: a str, else getattr/hasattr's message (3.8-3.9) or PyObject_GetAttr's. */
    private static String attrName(PyRuntime rt, String function, PyObject o) {
        if (o instanceof AtomObject a && a.isStr()) {
            return a.asString();
        }
        if (function == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "attribute name must be string, not '" + Ops.typeName(o) + "'");
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.GETATTR_NAME_NOT_STR.format(rt.policy.minor(), function, Ops.typeName(o)));
    }

    private static void def(PyRuntime rt, String name, NativeFunction fn) {
        PyObject f = rt.heap.newNative(name, fn);
        rt.heap.setItemStr(rt.builtins, name, f);
        rt.heap.decref(f);
    }

    private static String fileName(PyObject f) {
        return f instanceof GenericObject g ? g.name() : null;
    }

    /** PyCallable_Check: the type has tp_call. */
    static boolean isCallable(PyRuntime rt, PyObject o) {
        return o instanceof FunctionObject || o instanceof MethodObject
                || o instanceof PyType || o instanceof GenericObject g && (g.payload() instanceof NativeFunction
                || g.payload() instanceof BuiltinMethods.Bound || g.payload() instanceof BuiltinMethods.Descriptor)
                || o instanceof org.heapsim.weak.WeakRefObject w && (!w.isProxy() || w.type() == rt.heap.weakTypes().callableProxy())
                || Ops.typeLookupUser(rt, o.type(), "__call__") != null;
    }

    static boolean isInstance(PyRuntime rt, PyObject o, PyObject cls) {
        if (cls instanceof TupleObject t) {
            for (int i = 0; i < t.size(); i++) {
                if (isInstance(rt, o, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType pt)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.ISINSTANCE_ARG_2.format(rt.policy.minor()));
        }
        PyType ot = o.type() == null ? Types.TYPE : o.type(); // the built-in types' type is type
        return ot.isSubtypeOf(pt) || (pt == Types.INT && ot == Types.BOOL);
    }

    private static boolean isSubclass(PyRuntime rt, PyType t, PyObject cls) {
        if (cls instanceof TupleObject tu) {
            for (int i = 0; i < tu.size(); i++) {
                if (isSubclass(rt, t, tu.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(cls instanceof PyType c)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.ISSUBCLASS_ARG_2.format(rt.policy.minor()));
        }
        return t.isSubtypeOf(c) || (c == Types.INT && t == Types.BOOL);
    }

    static boolean isClass(PyObject o) {
        return o instanceof ClassObject;
    }
}
