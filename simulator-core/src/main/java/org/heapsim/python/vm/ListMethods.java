package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * The methods of list and tuple ({@code Objects/listobject.c}, {@code Objects/tupleobject.c})
 * with CPython's argument errors per version, comparisons with the stored item on the left
 * (re-reading the size after each, as the C loops do), and the release orders of
 * list_ass_slice (last to first) for remove, pop and clear.
 */
final class ListMethods {
    private ListMethods() {
    }

    static void install(BuiltinMethods m) {
        m.define(Types.LIST, "append", (rt, self, a, kw) -> {
            Arity.one(rt, "list", "append", a, kw);
            rt.heap.listAppend((ListObject) self, a[0]);
            return null;
        });
        m.define(Types.LIST, "extend", (rt, self, a, kw) -> {
            Arity.one(rt, "list", "extend", a, kw);
            extend(rt, (ListObject) self, a[0]);
            return null;
        });
        m.define(Types.LIST, "insert", (rt, self, a, kw) -> {
            Arity.clinic(rt, "insert", a, kw, 2, 2);
            ListObject l = (ListObject) self;
            long i = index(rt, a[0]);
            int n = l.size();
            if (i < 0) {
                i = Math.max(0, i + n);
            }
            rt.heap.listInsert(l, (int) Math.min(i, n), a[1]);
            return null;
        });
        m.define(Types.LIST, "pop", (rt, self, a, kw) -> {
            Arity.clinic(rt, "pop", a, kw, 0, 1);
            ListObject l = (ListObject) self;
            long i = a.length == 0 ? -1 : index(rt, a[0]);
            if (l.size() == 0) {
                throw rt.raise(ExceptionTypes.INDEX_ERROR, "pop from empty list");
            }
            if (i < 0) {
                i += l.size();
            }
            if (i < 0 || i >= l.size()) {
                throw rt.raise(ExceptionTypes.INDEX_ERROR, "pop index out of range");
            }
            return rt.heap.listPop(l, (int) i);
        });
        m.define(Types.LIST, "remove", (rt, self, a, kw) -> {
            Arity.one(rt, "list", "remove", a, kw);
            ListObject l = (ListObject) self;
            for (int i = 0; i < l.size(); i++) {
                if (itemEquals(rt, l.get(i), a[0])) {
                    if (i < l.size()) {
                        rt.heap.listDeleteSlice(l, i, i + 1);
                    }
                    return null;
                }
            }
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "list.remove(x): x not in list");
        });
        m.define(Types.LIST, "index", (rt, self, a, kw) -> {
            Arity.clinic(rt, "index", a, kw, 1, 3);
            long found = search(rt, self, a);
            if (found < 0) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, Ops.reprOf(rt, a[0]) + " is not in list");
            }
            return rt.vm.builtinMethods.newInt(found);
        });
        m.define(Types.LIST, "count", (rt, self, a, kw) -> {
            Arity.one(rt, "list", "count", a, kw);
            return rt.vm.builtinMethods.newInt(count(rt, self, a[0]));
        });
        m.define(Types.LIST, "clear", (rt, self, a, kw) -> {
            Arity.none(rt, "list", "clear", a, kw);
            ListObject l = (ListObject) self;
            rt.heap.listDeleteSlice(l, 0, l.size());
            return null;
        });
        m.define(Types.LIST, "copy", (rt, self, a, kw) -> {
            Arity.none(rt, "list", "copy", a, kw);
            return rt.heap.newList(items((ListObject) self));
        });
        m.define(Types.LIST, "reverse", (rt, self, a, kw) -> {
            Arity.none(rt, "list", "reverse", a, kw);
            ListObject l = (ListObject) self;
            List<PyObject> its = items(l);
            for (PyObject o : its) {
                rt.heap.incref(o);
            }
            for (int i = 0; i < its.size(); i++) {
                rt.heap.listSet(l, i, its.get(its.size() - 1 - i));
            }
            for (PyObject o : its) {
                rt.heap.decref(o);
            }
            return null;
        });
        m.define(Types.LIST, "sort", (rt, self, a, kw) -> {
            Sorting.sortInPlace(rt, (ListObject) self, a, kw);
            return null;
        });
        m.define(Types.LIST, "__init__", (rt, self, a, kw) -> {
            // list___init___impl: cleared, then extended from the optional iterable
            Arity.clinic(rt, "list", a, kw, 0, 1);
            ListObject l = (ListObject) self;
            rt.heap.listDeleteSlice(l, 0, l.size());
            if (a.length == 1) {
                extend(rt, l, a[0]);
            }
            return null;
        });
        m.define(Types.LIST, "__len__", (rt, self, a, kw) -> rt.vm.builtinMethods.newInt(((ListObject) self).size()));
        m.define(Types.TUPLE, "index", (rt, self, a, kw) -> {
            Arity.clinic(rt, "index", a, kw, 1, 3);
            long found = search(rt, self, a);
            if (found < 0) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "tuple.index(x): x not in tuple");
            }
            return rt.vm.builtinMethods.newInt(found);
        });
        m.define(Types.TUPLE, "count", (rt, self, a, kw) -> {
            Arity.one(rt, "tuple", "count", a, kw);
            return rt.vm.builtinMethods.newInt(count(rt, self, a[0]));
        });
        m.define(Types.TUPLE, "__len__", (rt, self, a, kw) -> rt.vm.builtinMethods.newInt(((TupleObject) self).size()));
    }

    /** list_extend: a list or tuple's items (a snapshot when extending by itself), else each item of the iteration, appended as it comes. */
    static void extend(PyRuntime rt, ListObject l, PyObject iterable) {
        if (iterable instanceof ListObject || iterable instanceof TupleObject) {
            int n = (int) Ops.lengthOf(rt, iterable);
            List<PyObject> snapshot = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                snapshot.add(Subscripts.item(iterable, i));
            }
            for (PyObject o : snapshot) {
                rt.heap.listAppend(l, o);
            }
            return;
        }
        PyObject it = Iteration.iter(rt, iterable);
        try {
            for (PyObject o = Iteration.next(rt, it); o != null; o = Iteration.next(rt, it)) {
                rt.heap.listAppend(l, o);
                rt.heap.decref(o);
            }
        } finally {
            rt.heap.decref(it);
        }
    }

    /** PyNumber_AsSsize_t of an index argument (ints and bools; else "'str' object cannot be interpreted as an integer"). */
    static long index(PyRuntime rt, PyObject o) {
        BigInteger i = Arith.asInt(o instanceof AtomObject a ? a.value() : null);
        if (i == null) {
            PyObject f = Ops.typeLookupUser(rt, o.type(), "__index__");
            if (f != null) {
                PyObject r = rt.vm.call(f, new PyObject[] {o});
                try {
                    i = Vm.intValue(r);
                } finally {
                    rt.heap.decref(r);
                }
            }
        }
        if (i == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return i.max(BigInteger.valueOf(Long.MIN_VALUE / 2)).min(BigInteger.valueOf(Long.MAX_VALUE / 2)).longValue();
    }

    /** PyObject_RichCompareBool(item, value, Py_EQ): identity first, the stored item held during the comparison. */
    private static boolean itemEquals(PyRuntime rt, PyObject item, PyObject value) {
        if (item == value) {
            return true;
        }
        rt.heap.incref(item);
        try {
            return Arith.equal(rt, item, value);
        } finally {
            rt.heap.decref(item);
        }
    }

    /** list.index / tuple.index over [start, stop) (negative bounds count from the end): the position or -1. */
    private static long search(PyRuntime rt, PyObject seq, PyObject[] a) {
        long n = Ops.lengthOf(rt, seq);
        long start = a.length > 1 ? index(rt, a[1]) : 0;
        long stop = a.length > 2 ? index(rt, a[2]) : Long.MAX_VALUE;
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        if (stop < 0) {
            stop = Math.max(0, stop + n);
        }
        for (long i = start; i < stop && i < Ops.lengthOf(rt, seq); i++) {
            if (itemEquals(rt, Subscripts.item(seq, (int) i), a[0])) {
                return i;
            }
        }
        return -1;
    }

    private static long count(PyRuntime rt, PyObject seq, PyObject value) {
        long c = 0;
        for (int i = 0; i < Ops.lengthOf(rt, seq); i++) {
            if (itemEquals(rt, Subscripts.item(seq, i), value)) {
                c++;
            }
        }
        return c;
    }

    private static List<PyObject> items(ListObject l) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(l.get(i));
        }
        return out;
    }
}
