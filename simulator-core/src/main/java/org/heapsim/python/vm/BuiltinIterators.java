package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.GenericObject.Shape;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * The lazy built-ins and the iterators of the built-in containers, each an object in the heap
 * holding what CPython's holds, released in its dealloc's order: {@code enumerate},
 * {@code zip}, {@code map}, {@code filter} ({@code Python/bltinmodule.c},
 * {@code Objects/enumobject.c}), {@code reversed} and {@code list_reverseiterator}
 * ({@code Objects/listobject.c}), {@code iter(callable, sentinel)} and the sequence iterator
 * ({@code Objects/iterobject.c}), the dict and set iterators ({@code Objects/dictobject.c},
 * {@code Objects/setobject.c}). All are GC-tracked, as in CPython; enumerate, zip and the
 * dict items iterators recycle their result tuple while nobody else holds it.
 */
final class BuiltinIterators {
    /** tp_iternext of a built-in iterator kind, kept as its payload: a new reference, or null when exhausted. */
    interface Next {
        PyObject next(PyRuntime rt, GenericObject self);
    }

    static final StaticType ENUMERATE = Types.define("enumerate", Types.OBJECT, true, false, true);
    static final StaticType ZIP = Types.define("zip", Types.OBJECT, true, false, true);
    static final StaticType MAP = Types.define("map", Types.OBJECT, true, false, true);
    static final StaticType FILTER = Types.define("filter", Types.OBJECT, true, false, true);
    static final StaticType REVERSED = Types.define("reversed", Types.OBJECT, true, false, true);
    static final StaticType LIST_REVERSEITERATOR = Types.define("list_reverseiterator", Types.OBJECT, true, false, false);
    static final StaticType CALLABLE_ITERATOR = Types.define("callable_iterator", Types.OBJECT, true, false, false);
    static final StaticType SEQ_ITERATOR = Types.define("iterator", Types.OBJECT, true, false, false);
    static final StaticType DICT_VALUEITERATOR = Types.define("dict_valueiterator", Types.OBJECT, true, false, false);
    static final StaticType DICT_ITEMITERATOR = Types.define("dict_itemiterator", Types.OBJECT, true, false, false);
    static final StaticType DICT_REVERSEKEYITERATOR = Types.define("dict_reversekeyiterator", Types.OBJECT, true, false, false);
    static final StaticType DICT_REVERSEVALUEITERATOR = Types.define("dict_reversevalueiterator", Types.OBJECT, true, false, false);
    static final StaticType DICT_REVERSEITEMITERATOR = Types.define("dict_reverseitemiterator", Types.OBJECT, true, false, false);

    /** enum_dealloc / enum_traverse: en_sit, en_result. */
    private static final Shape ENUMERATE_SHAPE = new Shape(new String[] {"en_sit", "en_result"}, false, false, false);
    /** zip_dealloc / zip_traverse: ittuple, result. */
    private static final Shape ZIP_SHAPE = new Shape(new String[] {"ittuple", "result"}, false, false, false);
    /** map_dealloc / map_traverse: iters, func. */
    private static final Shape MAP_SHAPE = new Shape(new String[] {"iters", "func"}, false, false, false);
    /** filter_dealloc releases func then it; filter_traverse visits it then func. */
    private static final Shape FILTER_SHAPE = new Shape(new String[] {"func", "it"}, false, false, false, new int[] {1, 0});
    /** reversed_dealloc, listreviter_dealloc, iter_dealloc: the sequence. */
    private static final Shape SEQ_SHAPE = new Shape(new String[] {"seq"}, false, false, false);
    /** calliter_dealloc / calliter_traverse: it_callable, it_sentinel. */
    private static final Shape CALLITER_SHAPE = new Shape(new String[] {"it_callable", "it_sentinel"}, false, false, false);
    /** dictiter_dealloc / dictiter_traverse: di_dict, di_result. */
    private static final Shape DICTITER_SHAPE = new Shape(new String[] {"di_dict", "di_result"}, false, false, false);
    /** setiter_dealloc: si_set. */
    private static final Shape SETITER_SHAPE = new Shape(new String[] {"si_set"}, false, false, false);

    private BuiltinIterators() {
    }

    /** The types in the builtins module. */
    static void install(PyRuntime rt) {
        for (StaticType t : List.of(ENUMERATE, ZIP, MAP, FILTER, REVERSED)) {
            rt.heap.setItemStr(rt.builtins, t.name(), t);
        }
    }

    /** __reversed__ of the built-in types that have one (list___reversed__, dict___reversed__, range_reverse...). */
    static void installMethods(BuiltinMethods m) {
        m.define(Types.LIST, "__reversed__", (rt, self, a, kw) -> {
            BuiltinMethods.arity(rt, "__reversed__", a, 0, 0);
            return listReverseIterator(rt, (ListObject) self);
        });
        m.define(Types.DICT, "__reversed__", (rt, self, a, kw) -> dictIterator(rt, (DictObject) self, Views.Kind.KEYS, true));
        for (Views.Kind k : Views.Kind.values()) {
            m.define(Views.typeOf(k), "__reversed__", (rt, self, a, kw) ->
                    dictIterator(rt, (DictObject) ((GenericObject) self).field(0), k, true));
        }
    }

    /** A constructor call of one of the types above, or null when t is not one of them. */
    static PyObject construct(PyRuntime rt, PyType t, PyObject[] args, String[] kwNames) {
        String name = t == ENUMERATE ? "enumerate" : t == ZIP ? "zip" : t == MAP ? "map" : t == FILTER ? "filter"
                : t == REVERSED ? "reversed" : null;
        if (name == null) {
            return null;
        }
        ArgsTuple call = ArgsTuple.enter(rt, name, args, kwNames);
        try {
            if (t == ENUMERATE) {
                return enumerate(rt, args, kwNames);
            }
            if (t == ZIP) {
                return zip(rt, args, kwNames);
            }
            if (t == MAP) {
                return map(rt, args, kwNames);
            }
            if (t == FILTER) {
                return filter(rt, args, kwNames);
            }
            return reversed(rt, args, kwNames);
        } finally {
            call.exit();
        }
    }

    static boolean isNativeIterator(PyObject o) {
        return o instanceof GenericObject g && g.payload() instanceof Next;
    }

    // ------------------------------------------------------------------ enumerate

    /** enum_new_impl: the enumerate object, then the iterator, then the result tuple (None, None). */
    private static PyObject enumerate(PyRuntime rt, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        CallArgs ca = new CallArgs(args, kwNames);
        PyObject iterable = ca.take(0, "iterable");
        PyObject start = ca.take(1, "start");
        ca.noMore(rt, "enumerate", 2);
        if (iterable == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.ENUMERATE_MISSING_ITERABLE.format(rt.policy.minor()));
        }
        Enumerate state = new Enumerate();
        GenericObject en = heap.newGeneric(ENUMERATE, ENUMERATE_SHAPE, null, state);
        try {
            if (start != null) {
                BigInteger s = Vm.intValue(start);
                if (s == null) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(start) + "' object cannot be interpreted as an integer");
                }
                state.index = s;
            }
            PyObject it = Iteration.iter(rt, iterable);
            heap.setField(en, 0, it);
            heap.decref(it);
            PyObject none = heap.none();
            TupleObject result = heap.newTuple(List.of(none, none));
            heap.setField(en, 1, result);
            heap.decref(result);
        } catch (PyException e) {
            heap.decref(en);
            throw e;
        }
        return en;
    }

    private static final class Enumerate implements Next {
        BigInteger index = BigInteger.ZERO;

        /** enum_next */
        @Override
        public PyObject next(PyRuntime rt, GenericObject en) {
            PyObject item = Iteration.next(rt, en.field(0));
            if (item == null) {
                return null;
            }
            PyObject idx = rt.vm.builtinMethods.newInt(index);
            index = index.add(BigInteger.ONE);
            return recyclePair(rt, en, 1, idx, item);
        }
    }

    /**
     * The result-tuple reuse of enum_next and dictiter_iternextitem: while the object's own
     * reference is the only one, the tuple gets the new items (references taken over), then
     * the old ones are released (first, then second) and it is re-tracked if the collector had
     * untracked it (bpo-42536); otherwise a new tuple.
     */
    private static PyObject recyclePair(PyRuntime rt, GenericObject owner, int field, PyObject first, PyObject second) {
        Heap heap = rt.heap;
        PyObject r = owner.field(field);
        if (r instanceof TupleObject result && result.refcount() == 1) {
            heap.incref(result);
            PyObject old0 = heap.tupleReplace(result, 0, first);
            PyObject old1 = heap.tupleReplace(result, 1, second);
            heap.xdecref(old0);
            heap.xdecref(old1);
            if (!result.isTracked()) {
                heap.track(result);
            }
            return result;
        }
        return heap.newTupleOwned(new PyObject[] {first, second});
    }

    // ------------------------------------------------------------------ zip

    /** zip_new: the iterator tuple, each argument's iterator, the result tuple of Nones, then the zip object. */
    private static PyObject zip(PyRuntime rt, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        int nkw = kwNames == null ? 0 : kwNames.length;
        int n = args.length - nkw;
        boolean strict = false;
        for (int i = 0; i < nkw; i++) {
            if (rt.policy.minor() >= 10 && kwNames[i].equals("strict")) {
                strict = Ops.isTrue(rt, args[n + i]);
            } else {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.ZIP_BAD_KEYWORD.format(rt.policy.minor(), kwNames[i]));
            }
        }
        TupleObject ittuple = heap.newTupleOwned(new PyObject[n]);
        try {
            for (int i = 0; i < n; i++) {
                heap.tupleReplace(ittuple, i, Iteration.iter(rt, args[i]));
            }
        } catch (PyException e) {
            heap.decref(ittuple);
            throw e;
        }
        PyObject[] nones = new PyObject[n];
        for (int i = 0; i < n; i++) {
            heap.incref(heap.none());
            nones[i] = heap.none();
        }
        TupleObject result = heap.newTupleOwned(nones);
        GenericObject z = heap.newGeneric(ZIP, ZIP_SHAPE, null, new Zip(n, strict));
        heap.setField(z, 0, ittuple);
        heap.decref(ittuple);
        heap.setField(z, 1, result);
        heap.decref(result);
        return z;
    }

    private record Zip(int size, boolean strict) implements Next {
        /** zip_next, with zip_longest's strict check (3.10+) */
        @Override
        public PyObject next(PyRuntime rt, GenericObject z) {
            Heap heap = rt.heap;
            if (size == 0) {
                return null;
            }
            TupleObject its = (TupleObject) z.field(0);
            TupleObject result = (TupleObject) z.field(1);
            if (result.refcount() == 1) {
                heap.incref(result);
                for (int i = 0; i < size; i++) {
                    PyObject item;
                    try {
                        item = Iteration.next(rt, its.get(i));
                    } catch (PyException e) {
                        heap.decref(result);
                        throw e;
                    }
                    if (item == null) {
                        heap.decref(result);
                        return strict ? strictCheck(rt, its, i) : null;
                    }
                    heap.xdecref(heap.tupleReplace(result, i, item));
                }
                if (!result.isTracked()) {
                    heap.track(result);
                }
                return result;
            }
            TupleObject fresh = heap.newTupleOwned(new PyObject[size]);
            for (int i = 0; i < size; i++) {
                PyObject item;
                try {
                    item = Iteration.next(rt, its.get(i));
                } catch (PyException e) {
                    heap.decref(fresh);
                    throw e;
                }
                if (item == null) {
                    heap.decref(fresh);
                    return strict ? strictCheck(rt, its, i) : null;
                }
                heap.tupleReplace(fresh, i, item);
            }
            return fresh;
        }

        private PyObject strictCheck(PyRuntime rt, TupleObject its, int i) {
            if (i > 0) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "zip() argument " + (i + 1) + " is shorter than argument"
                        + (i == 1 ? " " : "s 1-") + i);
            }
            for (int k = 1; k < size; k++) {
                PyObject item = Iteration.next(rt, its.get(k));
                if (item != null) {
                    rt.heap.decref(item);
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "zip() argument " + (k + 1) + " is longer than argument"
                            + (k == 1 ? " " : "s 1-") + k);
                }
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ map and filter

    /** map_new / map_vectorcall: the tuple of iterators filled in order, then the map object. */
    private static PyObject map(PyRuntime rt, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        if (kwNames != null && kwNames.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "map() takes no keyword arguments");
        }
        if (args.length < 2) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "map() must have at least two arguments.");
        }
        TupleObject iters = heap.newTupleOwned(new PyObject[args.length - 1]);
        try {
            for (int i = 1; i < args.length; i++) {
                heap.tupleReplace(iters, i - 1, Iteration.iter(rt, args[i]));
            }
        } catch (PyException e) {
            heap.decref(iters);
            throw e;
        }
        GenericObject m = heap.newGeneric(MAP, MAP_SHAPE, null, new MapNext());
        heap.setField(m, 0, iters);
        heap.decref(iters);
        heap.setField(m, 1, args[0]);
        return m;
    }

    private static final class MapNext implements Next {
        /** map_next: one item from each iterator, the call, then the items released first to last. */
        @Override
        public PyObject next(PyRuntime rt, GenericObject m) {
            TupleObject iters = (TupleObject) m.field(0);
            PyObject[] stack = new PyObject[iters.size()];
            int got = 0;
            try {
                for (int i = 0; i < stack.length; i++) {
                    PyObject v = Iteration.next(rt, iters.get(i));
                    if (v == null) {
                        return null;
                    }
                    stack[i] = v;
                    got++;
                }
                return rt.vm.call(m.field(1), stack);
            } finally {
                for (int i = 0; i < got; i++) {
                    rt.heap.decref(stack[i]);
                }
            }
        }
    }

    /** filter_new / filter_vectorcall: the iterator first, then the filter object. */
    private static PyObject filter(PyRuntime rt, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        if (kwNames != null && kwNames.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "filter() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "filter expected 2 arguments, got " + args.length);
        }
        PyObject it = Iteration.iter(rt, args[1]);
        GenericObject f = heap.newGeneric(FILTER, FILTER_SHAPE, null, new FilterNext());
        heap.setField(f, 0, args[0]);
        heap.setField(f, 1, it);
        heap.decref(it);
        return f;
    }

    private static final class FilterNext implements Next {
        /** filter_next: None and bool test the item itself; otherwise the function's result, released before the item. */
        @Override
        public PyObject next(PyRuntime rt, GenericObject f) {
            Heap heap = rt.heap;
            PyObject func = f.field(0);
            boolean checkTrue = func == heap.none() || func == Types.BOOL;
            while (true) {
                PyObject item = Iteration.next(rt, f.field(1));
                if (item == null) {
                    return null;
                }
                boolean ok;
                try {
                    if (checkTrue) {
                        ok = Ops.isTrue(rt, item);
                    } else {
                        PyObject good = rt.vm.call(func, new PyObject[] {item});
                        try {
                            ok = Ops.isTrue(rt, good);
                        } finally {
                            heap.decref(good);
                        }
                    }
                } catch (PyException e) {
                    heap.decref(item);
                    throw e;
                }
                if (ok) {
                    return item;
                }
                heap.decref(item);
            }
        }
    }

    // ------------------------------------------------------------------ reversed

    /**
     * reversed_new_impl: the type's {@code __reversed__} bound, called and released; else a
     * sequence (len and getitem) gets a reversed object holding it.
     */
    private static PyObject reversed(PyRuntime rt, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        if (kwNames != null && kwNames.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "reversed() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "reversed expected 1 argument, got " + args.length);
        }
        PyObject seq = args[0];
        PyObject meth = lookupSpecial(rt, seq, "__reversed__");
        if (meth == heap.none()) {
            heap.decref(meth);
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(seq) + "' object is not reversible");
        }
        if (meth != null) {
            try {
                return rt.vm.call(meth, new PyObject[0]);
            } finally {
                heap.decref(meth);
            }
        }
        if (!sequenceCheck(rt, seq)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(seq) + "' object is not reversible");
        }
        long n = Ops.lengthOf(rt, seq);
        GenericObject ro = heap.newGeneric(REVERSED, SEQ_SHAPE, null, new ReversedNext(n - 1));
        heap.setField(ro, 0, seq);
        return ro;
    }

    /** _PyObject_LookupSpecial: the attribute found on the type, bound to self (a new reference), or null. */
    static PyObject lookupSpecial(PyRuntime rt, PyObject self, String name) {
        PyObject descr = Ops.typeLookup(rt, self.type(), name);
        if (descr == null) {
            return null;
        }
        return Ops.descriptorGet(rt, descr, self, self.type());
    }

    /** PySequence_Check: the type has sq_item (a list, tuple, str, range or a class defining __getitem__) and is not a dict. */
    static boolean sequenceCheck(PyRuntime rt, PyObject o) {
        if (o instanceof DictObject) {
            return false;
        }
        if (o instanceof ListObject || o instanceof TupleObject || o.type() == Types.STR || o.type() == Iteration.RANGE) {
            return true;
        }
        return o.type() instanceof ClassObject && Ops.typeLookupUser(rt, o.type(), "__getitem__") != null;
    }

    /** PySequence_GetItem(seq, i) with i >= 0: a new reference. */
    static PyObject sequenceGetItem(PyRuntime rt, PyObject seq, long i) {
        PyObject idx = rt.vm.builtinMethods.newInt(i);
        try {
            return Subscripts.get(rt, seq, idx);
        } finally {
            rt.heap.decref(idx);
        }
    }

    /** Whether an exception ends a sequence iteration (IndexError or StopIteration): if so it is dropped. */
    private static boolean endsSequence(PyRuntime rt, PyException e) {
        ExceptionObject v = e.value();
        if (v.type().isSubtypeOf(ExceptionTypes.INDEX_ERROR) || v.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
            rt.heap.decref(v);
            return true;
        }
        return false;
    }

    private static final class ReversedNext implements Next {
        long index;

        ReversedNext(long index) {
            this.index = index;
        }

        /** reversed_next: the sequence is dropped at the end (or at an IndexError/StopIteration). */
        @Override
        public PyObject next(PyRuntime rt, GenericObject ro) {
            if (index >= 0) {
                try {
                    PyObject item = sequenceGetItem(rt, ro.field(0), index);
                    index--;
                    return item;
                } catch (PyException e) {
                    if (!endsSequence(rt, e)) {
                        throw e;
                    }
                }
            }
            index = -1;
            if (ro.field(0) != null) {
                rt.heap.setField(ro, 0, null);
            }
            return null;
        }
    }

    /** list___reversed___impl: a list_reverseiterator at the last item. */
    static PyObject listReverseIterator(PyRuntime rt, ListObject l) {
        GenericObject it = rt.heap.newGeneric(LIST_REVERSEITERATOR, SEQ_SHAPE, null, new ListReverseNext(l.size() - 1));
        rt.heap.setField(it, 0, l);
        return it;
    }

    private static final class ListReverseNext implements Next {
        long index;

        ListReverseNext(long index) {
            this.index = index;
        }

        /** listreviter_next: 3.8–3.12 drop the list at the end; 3.13 keeps it until the iterator dies. */
        @Override
        public PyObject next(PyRuntime rt, GenericObject it) {
            PyObject seq = it.field(0);
            if (seq instanceof ListObject l && index >= 0 && index < l.size()) {
                PyObject item = l.get((int) index);
                index--;
                rt.heap.incref(item);
                return item;
            }
            index = -1;
            if (seq != null && !rt.policy.reversedListIteratorKeepsList()) {
                rt.heap.setField(it, 0, null);
            }
            return null;
        }
    }

    // ------------------------------------------------------------------ iter() and the sequence iterator

    /** builtin iter(o) / iter(callable, sentinel) (builtin_iter). */
    static PyObject iterBuiltin(PyRuntime rt, PyObject[] a) {
        String[] kw = rt.vm.lastKwNames;
        if (kw != null && kw.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "iter() takes no keyword arguments");
        }
        if (a.length < 1 || a.length > 2) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "iter expected " + (a.length < 1 ? "at least 1 argument" : "at most 2 arguments")
                    + ", got " + a.length);
        }
        if (a.length == 1) {
            return Iteration.iter(rt, a[0]);
        }
        if (!Builtins.isCallable(rt, a[0])) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, org.heapsim.version.Message.ITER_NOT_CALLABLE.format(rt.policy.minor()));
        }
        // PyCallIter_New
        GenericObject it = rt.heap.newGeneric(CALLABLE_ITERATOR, CALLITER_SHAPE, null, new CallNext());
        rt.heap.setField(it, 0, a[0]);
        rt.heap.setField(it, 1, a[1]);
        return it;
    }

    private static final class CallNext implements Next {
        /**
         * calliter_iternext: the callable's result compared with the sentinel (sentinel on the
         * left); at the sentinel or a StopIteration the callable and the sentinel are dropped,
         * then the result (3.8–3.10: the result first).
         */
        @Override
        public PyObject next(PyRuntime rt, GenericObject it) {
            Heap heap = rt.heap;
            PyObject callable = it.field(0);
            if (callable == null) {
                return null;
            }
            PyObject result;
            try {
                result = rt.vm.call(callable, new PyObject[0]);
            } catch (PyException e) {
                if (!e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    throw e;
                }
                heap.decref(e.value());
                heap.setField(it, 0, null);
                heap.setField(it, 1, null);
                return null;
            }
            boolean equal;
            try {
                equal = Arith.equal(rt, it.field(1), result);
            } catch (PyException e) {
                heap.decref(result);
                throw e;
            }
            if (!equal) {
                return result;
            }
            if (rt.policy.minor() <= 10) {
                heap.decref(result);
                heap.setField(it, 0, null);
                heap.setField(it, 1, null);
            } else {
                heap.setField(it, 0, null);
                heap.setField(it, 1, null);
                heap.decref(result);
            }
            return null;
        }
    }

    /** PySeqIter_New: iter() of an object that only has __getitem__. */
    static PyObject seqIterator(PyRuntime rt, PyObject seq) {
        GenericObject it = rt.heap.newGeneric(SEQ_ITERATOR, SEQ_SHAPE, null, new SeqNext());
        rt.heap.setField(it, 0, seq);
        return it;
    }

    private static final class SeqNext implements Next {
        long index;

        /** iter_iternext: seq[index]; an IndexError or StopIteration ends it and drops the sequence. */
        @Override
        public PyObject next(PyRuntime rt, GenericObject it) {
            PyObject seq = it.field(0);
            if (seq == null) {
                return null;
            }
            try {
                PyObject item = sequenceGetItem(rt, seq, index);
                index++;
                return item;
            } catch (PyException e) {
                if (!endsSequence(rt, e)) {
                    throw e;
                }
            }
            rt.heap.setField(it, 0, null);
            return null;
        }
    }

    // ------------------------------------------------------------------ dict and set iterators

    /**
     * dictiter_new: the iterator (holding the dict), then for items the result tuple
     * (None, None); forward iterators start at the first entry, reversed ones at the last.
     */
    static PyObject dictIterator(PyRuntime rt, DictObject d, Views.Kind kind, boolean reverse) {
        Heap heap = rt.heap;
        StaticType type = switch (kind) {
            case KEYS -> reverse ? DICT_REVERSEKEYITERATOR : Iteration.DICT_KEYITERATOR;
            case VALUES -> reverse ? DICT_REVERSEVALUEITERATOR : DICT_VALUEITERATOR;
            case ITEMS -> reverse ? DICT_REVERSEITEMITERATOR : DICT_ITEMITERATOR;
        };
        DictNext state = new DictNext(kind, reverse, reverse ? d.entrySlots() - 1 : 0, d.size());
        GenericObject it = heap.newGeneric(type, DICTITER_SHAPE, null, state);
        heap.setField(it, 0, d);
        if (kind == Views.Kind.ITEMS) {
            PyObject none = heap.none();
            TupleObject result = heap.newTuple(List.of(none, none));
            heap.setField(it, 1, result);
            heap.decref(result);
        }
        return it;
    }

    private static final class DictNext implements Next {
        final Views.Kind kind;
        final boolean reverse;
        int pos;
        int used;
        int len;

        DictNext(Views.Kind kind, boolean reverse, int pos, int used) {
            this.kind = kind;
            this.reverse = reverse;
            this.pos = pos;
            this.used = used;
            this.len = used;
        }

        /** dictiter_iternextkey/value/item and dictreviter_iternext. */
        @Override
        public PyObject next(PyRuntime rt, GenericObject it) {
            Heap heap = rt.heap;
            DictObject d = (DictObject) it.field(0);
            if (d == null) {
                return null;
            }
            if (used != d.size()) {
                used = -1; // sticky
                throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            int i = pos;
            if (reverse) {
                while (i >= 0 && (i >= d.entrySlots() || d.keyAt(i) == null)) {
                    i--;
                }
                if (i < 0) {
                    heap.setField(it, 0, null);
                    return null;
                }
                pos = i - 1;
            } else {
                int n = d.entrySlots();
                while (i < n && d.keyAt(i) == null) {
                    i++;
                }
                if (i >= n) {
                    heap.setField(it, 0, null);
                    return null;
                }
                if (len == 0) {
                    heap.setField(it, 0, null);
                    throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "dictionary keys changed during iteration");
                }
                pos = i + 1;
            }
            len--;
            PyObject key = d.keyAt(i);
            PyObject value = d.valueAt(i);
            switch (kind) {
                case KEYS -> {
                    heap.incref(key);
                    return key;
                }
                case VALUES -> {
                    heap.incref(value);
                    return value;
                }
                default -> {
                    heap.incref(key);
                    heap.incref(value);
                    return recyclePair(rt, it, 1, key, value);
                }
            }
        }
    }

    /** set_iter: the set iterator holding its set. */
    static PyObject setIterator(PyRuntime rt, SetObject s) {
        GenericObject it = rt.heap.newGeneric(Iteration.SET_ITERATOR, SETITER_SHAPE, null, new SetNext(s.size()));
        rt.heap.setField(it, 0, s);
        return it;
    }

    private static final class SetNext implements Next {
        int pos;
        int used;

        SetNext(int used) {
            this.used = used;
        }

        /** setiter_iternext: slot order; the set is dropped at the end. */
        @Override
        public PyObject next(PyRuntime rt, GenericObject it) {
            SetObject s = (SetObject) it.field(0);
            if (s == null) {
                return null;
            }
            if (used != s.size()) {
                used = -1;
                throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "Set changed size during iteration");
            }
            int i = pos;
            while (i < s.slots() && s.slotKey(i) == null) {
                i++;
            }
            pos = i + 1;
            if (i >= s.slots()) {
                rt.heap.setField(it, 0, null);
                return null;
            }
            PyObject key = s.slotKey(i);
            rt.heap.incref(key);
            return key;
        }
    }

    // ------------------------------------------------------------------ arguments

    /** Positional-or-keyword arguments of a built-in: by position, else by keyword. */
    static final class CallArgs {
        private final PyObject[] args;
        private final String[] kwNames;
        private final int npos;
        private final boolean[] usedKw;

        CallArgs(PyObject[] args, String[] kwNames) {
            this.args = args;
            this.kwNames = kwNames;
            int nkw = kwNames == null ? 0 : kwNames.length;
            this.npos = args.length - nkw;
            this.usedKw = new boolean[nkw];
        }

        int positional() {
            return npos;
        }

        /** The argument at position i or named name (borrowed), or null. */
        PyObject take(int i, String name) {
            if (i < npos) {
                return args[i];
            }
            if (kwNames != null) {
                for (int k = 0; k < kwNames.length; k++) {
                    if (kwNames[k].equals(name)) {
                        usedKw[k] = true;
                        return args[npos + k];
                    }
                }
            }
            return null;
        }

        /** TypeError for surplus positional arguments or unknown keywords. */
        void noMore(PyRuntime rt, String fname, int maxPositional) {
            if (npos > maxPositional) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, fname + "() takes at most " + maxPositional + " argument"
                        + (maxPositional == 1 ? "" : "s") + " (" + (args.length) + " given)");
            }
            for (int k = 0; k < usedKw.length; k++) {
                if (!usedKw[k]) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + kwNames[k] + "' is an invalid keyword argument for " + fname + "()");
                }
            }
        }
    }
}
