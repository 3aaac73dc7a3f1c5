package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/** The methods of list, dict, set and str that programs of the subset use, with CPython's reference order and messages. */
final class BuiltinTypeMethods {
    private BuiltinTypeMethods() {
    }

    static void install(BuiltinMethods m) {
        generatorMethods(m);
        listMethods(m);
        DictMethods.install(m);
        setMethods(m);
        strMethods(m);
        BuiltinIterators.installMethods(m);
        Views.installMethods(m);
        Ranges.installMethods(m);
    }

    private static void listMethods(BuiltinMethods m) {
        m.define(Types.LIST, "append", (rt, self, a, kw) -> {
            BuiltinMethods.arity(rt, "list.append", a, 1, 1);
            rt.heap.listAppend((ListObject) self, a[0]);
            return null;
        });
        m.define(Types.LIST, "extend", (rt, self, a, kw) -> {
            BuiltinMethods.arity(rt, "list.extend", a, 1, 1);
            Iteration.extend(rt, (ListObject) self, a[0]);
            return null;
        });
        m.define(Types.LIST, "insert", (rt, self, a, kw) -> {
            BuiltinMethods.arity(rt, "insert", a, 2, 2);
            ListObject l = (ListObject) self;
            long i = BuiltinMethods.intArg(rt, a[0]);
            if (i < 0) {
                i = Math.max(0, i + l.size());
            }
            rt.heap.listInsert(l, (int) Math.min(i, l.size()), a[1]);
            return null;
        });
        m.define(Types.LIST, "pop", (rt, self, a, kw) -> {
            ListObject l = (ListObject) self;
            if (l.size() == 0) {
                throw rt.raise(ExceptionTypes.INDEX_ERROR, "pop from empty list");
            }
            long i = a.length == 0 ? l.size() - 1 : BuiltinMethods.intArg(rt, a[0]);
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw rt.raise(ExceptionTypes.INDEX_ERROR, "pop index out of range");
            }
            return rt.heap.listPop(l, (int) i);
        });
        m.define(Types.LIST, "remove", (rt, self, a, kw) -> {
            ListObject l = (ListObject) self;
            for (int i = 0; i < l.size(); i++) {
                if (Arith.equal(rt, l.get(i), a[0])) {
                    rt.heap.listDeleteSlice(l, i, i + 1);
                    return null;
                }
            }
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "list.remove(x): x not in list");
        });
        m.define(Types.LIST, "clear", (rt, self, a, kw) -> {
            ListObject l = (ListObject) self;
            rt.heap.listDeleteSlice(l, 0, l.size());
            return null;
        });
        m.define(Types.LIST, "index", (rt, self, a, kw) -> {
            ListObject l = (ListObject) self;
            for (int i = 0; i < l.size(); i++) {
                if (Arith.equal(rt, l.get(i), a[0])) {
                    return rt.vm.builtinMethods.newInt(i);
                }
            }
            throw rt.raise(ExceptionTypes.VALUE_ERROR, Ops.reprOf(rt, a[0]) + " is not in list");
        });
        m.define(Types.LIST, "count", (rt, self, a, kw) -> {
            ListObject l = (ListObject) self;
            int n = 0;
            for (int i = 0; i < l.size(); i++) {
                if (Arith.equal(rt, l.get(i), a[0])) {
                    n++;
                }
            }
            return rt.vm.builtinMethods.newInt(n);
        });
        m.define(Types.LIST, "copy", (rt, self, a, kw) -> rt.heap.newList(rt.vm.builtinMethods.items((ListObject) self)));
        m.define(Types.LIST, "reverse", (rt, self, a, kw) -> {
            ListObject l = (ListObject) self;
            List<PyObject> items = rt.vm.builtinMethods.items(l);
            for (int i = 0; i < items.size(); i++) {
                rt.heap.incref(items.get(items.size() - 1 - i));
            }
            for (int i = 0; i < items.size(); i++) {
                PyObject v = items.get(items.size() - 1 - i);
                rt.heap.listSet(l, i, v);
                rt.heap.decref(v);
            }
            return null;
        });
        m.define(Types.LIST, "sort", (rt, self, a, kw) -> {
            Sorting.sortInPlace(rt, (ListObject) self, a, kw);
            return null;
        });
    }

    /** generator.send/throw/close and __next__ (Generators has the protocol). */
    private static void generatorMethods(BuiltinMethods m) {
        m.define(Types.GENERATOR, "send", (rt, self, a, kw) -> Generators.send(rt, self, a[0]));
        m.define(Types.GENERATOR, "__next__", (rt, self, a, kw) -> Generators.send(rt, self, rt.heap.none()));
        m.define(Types.GENERATOR, "close", (rt, self, a, kw) -> Generators.close(rt, self));
        m.define(Types.GENERATOR, "throw", (rt, self, a, kw) -> {
            PyObject typ = a[0];
            PyObject val = a.length > 1 ? a[1] : null;
            PyObject exc = val != null && val != rt.heap.none() ? val : typ;
            rt.heap.incref(exc);
            return Generators.throwInto(rt, self, Classes.makeException(rt, exc));
        });
    }

    private static void setMethods(BuiltinMethods m) {
        m.define(Types.SET, "add", (rt, self, a, kw) -> {
            PyKeys.checkHashable(rt, a[0]);
            rt.heap.setAdd((SetObject) self, a[0]);
            return null;
        });
        m.define(Types.SET, "discard", (rt, self, a, kw) -> {
            rt.heap.setDiscard((SetObject) self, a[0]);
            return null;
        });
        m.define(Types.SET, "remove", (rt, self, a, kw) -> {
            if (!rt.heap.setDiscard((SetObject) self, a[0])) {
                throw rt.raised(Subscripts.keyError(rt, a[0]));
            }
            return null;
        });
    }

    private static void strMethods(BuiltinMethods m) {
        m.define(Types.STR, "join", (rt, self, a, kw) -> {
            String sep = ((AtomObject) self).asString();
            StringBuilder sb = new StringBuilder();
            List<PyObject> items = Iteration.toList(rt, a[0]);
            try {
                for (int i = 0; i < items.size(); i++) {
                    if (!(items.get(i) instanceof AtomObject s && s.isStr())) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, "sequence item " + i + ": expected str instance, "
                                + Ops.typeName(items.get(i)) + " found");
                    }
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(s.asString());
                }
            } finally {
                for (PyObject o : items) {
                    rt.heap.decref(o);
                }
            }
            return rt.heap.newStr(sb.toString());
        });
        m.define(Types.STR, "format", (rt, self, a, kw) -> rt.heap.newStr(StrFormat.format(rt, ((AtomObject) self).asString(), a, kw)));
        m.define(Types.STR, "upper", (rt, self, a, kw) -> rt.heap.newStr(((AtomObject) self).asString().toUpperCase(java.util.Locale.ROOT)));
        m.define(Types.STR, "lower", (rt, self, a, kw) -> rt.heap.newStr(((AtomObject) self).asString().toLowerCase(java.util.Locale.ROOT)));
        m.define(Types.STR, "strip", (rt, self, a, kw) -> rt.heap.newStr(((AtomObject) self).asString().strip()));
        m.define(Types.STR, "startswith", (rt, self, a, kw) ->
                rt.heap.bool(((AtomObject) self).asString().startsWith(BuiltinMethods.strArg(rt, a[0], "startswith first arg"))));
        m.define(Types.STR, "endswith", (rt, self, a, kw) ->
                rt.heap.bool(((AtomObject) self).asString().endsWith(BuiltinMethods.strArg(rt, a[0], "endswith first arg"))));
        m.define(Types.STR, "replace", (rt, self, a, kw) -> rt.heap.newStr(((AtomObject) self).asString()
                .replace(BuiltinMethods.strArg(rt, a[0], "replace() argument 1"), BuiltinMethods.strArg(rt, a[1], "replace() argument 2"))));
        m.define(Types.STR, "split", (rt, self, a, kw) -> {
            String s = ((AtomObject) self).asString();
            List<PyObject> parts = new ArrayList<>();
            String[] pieces = a.length == 0 || a[0] == rt.heap.none() ? s.strip().split("\\s+")
                    : s.split(java.util.regex.Pattern.quote(BuiltinMethods.strArg(rt, a[0], "must be")), -1);
            for (String p : pieces) {
                if (!(p.isEmpty() && (a.length == 0 || a[0] == rt.heap.none()))) {
                    parts.add(rt.heap.newStr(p));
                }
            }
            PyObject l = rt.heap.newList(parts);
            for (PyObject p : parts) {
                rt.heap.decref(p);
            }
            return l;
        });
        m.define(Types.STR, "count", (rt, self, a, kw) -> {
            String s = ((AtomObject) self).asString();
            String sub = BuiltinMethods.strArg(rt, a[0], "must be");
            int n = 0;
            for (int i = s.indexOf(sub); i >= 0 && !sub.isEmpty(); i = s.indexOf(sub, i + sub.length())) {
                n++;
            }
            return rt.vm.builtinMethods.newInt(sub.isEmpty() ? BigInteger.valueOf(s.length() + 1L) : BigInteger.valueOf(n));
        });
        m.define(Types.STR, "find", (rt, self, a, kw) ->
                rt.vm.builtinMethods.newInt(((AtomObject) self).asString().indexOf(BuiltinMethods.strArg(rt, a[0], "must be"))));
    }

    static Heap heap(PyRuntime rt) {
        return rt.heap;
    }

    static TupleObject tupleOf(PyRuntime rt, List<PyObject> items) {
        return rt.heap.newTuple(items);
    }
}
