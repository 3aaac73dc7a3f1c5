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
        SetMethods.install(m);
        StrMethods.install(m);
        BuiltinIterators.installMethods(m);
        Views.installMethods(m);
        Ranges.installMethods(m);
        StdStreams.installMethods(m);
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


    static Heap heap(PyRuntime rt) {
        return rt.heap;
    }

    static TupleObject tupleOf(PyRuntime rt, List<PyObject> items) {
        return rt.heap.newTuple(items);
    }
}
