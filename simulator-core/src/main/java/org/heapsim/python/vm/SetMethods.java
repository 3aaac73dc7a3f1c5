package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * set and frozenset ({@code Objects/setobject.c}): construction and update through
 * set_update_internal (another set merged with its stored hashes, a dict's keys with the dict's
 * hashes, anything else item by item), the methods, the operators | &amp; - ^ and their in-place
 * forms, and subset comparisons, each building its result in CPython's order so that the
 * result's table (its iteration and deallocation order) comes out the same.
 */
final class SetMethods {
    private SetMethods() {
    }

    static boolean isAnySet(PyObject o) {
        return o instanceof SetObject;
    }

    /** set_update_internal(so, iterable). */
    static void update(PyRuntime rt, SetObject so, PyObject iterable) {
        Heap heap = rt.heap;
        if (iterable instanceof SetObject other) {
            heap.setMerge(so, other);
            return;
        }
        if (iterable instanceof DictObject d && d.type() == Types.DICT) {
            rt.heap.setReserve(so, d.size());
            for (int i = 0; i < d.entrySlots(); i++) {
                PyObject k = d.keyAt(i);
                if (k != null) {
                    heap.setAddKnownHash(so, k, heap.dictHashAt(d, i));
                }
            }
            return;
        }
        PyObject it = Iteration.iter(rt, iterable);
        try {
            for (PyObject k = Iteration.next(rt, it); k != null; k = Iteration.next(rt, it)) {
                try {
                    PyKeys.checkHashable(rt, k);
                    heap.setAdd(so, k);
                } finally {
                    heap.decref(k);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /** set(iterable) / frozenset(iterable): make_new_set; frozenset of an exact frozenset is that object. */
    static PyObject construct(PyRuntime rt, PyType t, PyObject[] args, String[] kwNames) {
        String name = t == Types.FROZENSET ? "frozenset" : "set";
        if (kwNames != null && kwNames.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + " expected at most 1 argument, got " + args.length);
        }
        if (t == Types.FROZENSET && args.length == 1 && args[0].type() == Types.FROZENSET) {
            rt.heap.incref(args[0]);
            return args[0];
        }
        boolean singleton = t == Types.FROZENSET && rt.policy.emptyFrozensetSingleton();
        if (singleton && args.length == 0) {
            return rt.emptyFrozenset();
        }
        SetObject s = rt.heap.newSet(t == Types.FROZENSET);
        if (args.length == 1) {
            try {
                update(rt, s, args[0]);
            } catch (PyException e) {
                rt.heap.decref(s);
                throw e;
            }
        }
        if (singleton && s.size() == 0) {
            rt.heap.decref(s);
            return rt.emptyFrozenset();
        }
        return s;
    }

    /** make_new_set_basetype: a set or frozenset like so (subclasses give their base), filled from iterable (or empty). */
    private static SetObject newLike(PyRuntime rt, SetObject so, PyObject iterable) {
        SetObject r = rt.heap.newSet(so.isFrozen());
        if (iterable != null) {
            try {
                update(rt, r, iterable);
            } catch (PyException e) {
                rt.heap.decref(r);
                throw e;
            }
        }
        return r;
    }

    /** set_copy */
    static SetObject copy(PyRuntime rt, SetObject so) {
        return newLike(rt, so, so);
    }

    /** set_or / set.union(*others) */
    static PyObject union(PyRuntime rt, SetObject so, PyObject[] others) {
        SetObject r = copy(rt, so);
        try {
            for (PyObject o : others) {
                if (o != so) {
                    update(rt, r, o);
                }
            }
        } catch (PyException e) {
            rt.heap.decref(r);
            throw e;
        }
        return r;
    }

    /** set_intersection: the smaller set's entries found in the larger, or the iterable's items found in so. */
    static SetObject intersection(PyRuntime rt, SetObject so, PyObject other) {
        Heap heap = rt.heap;
        if (other == so) {
            return copy(rt, so);
        }
        SetObject r = newLike(rt, so, null);
        try {
            if (other instanceof SetObject os) {
                SetObject big = so;
                SetObject small = os;
                if (os.size() > so.size()) {
                    big = os;
                    small = so;
                }
                for (Object[] e : entries(small)) {
                    PyObject k = (PyObject) e[0];
                    long h = (Long) e[1];
                    heap.incref(k);
                    try {
                        if (heap.setContainsKnownHash(big, k, h)) {
                            heap.setAddKnownHash(r, k, h);
                        }
                    } finally {
                        heap.decref(k);
                    }
                }
                return r;
            }
            PyObject it = Iteration.iter(rt, other);
            try {
                for (PyObject k = Iteration.next(rt, it); k != null; k = Iteration.next(rt, it)) {
                    try {
                        long h = heap.keyOps().hash(k);
                        if (heap.setContainsKnownHash(so, k, h)) {
                            heap.setAddKnownHash(r, k, h);
                        }
                    } finally {
                        heap.decref(k);
                    }
                }
            } finally {
                heap.decref(it);
            }
            return r;
        } catch (PyException e) {
            heap.decref(r);
            throw e;
        }
    }

    /** set_difference: so's entries not in other (or a copy minus other's items when other is small or not a set). */
    static SetObject difference(PyRuntime rt, SetObject so, PyObject other) {
        Heap heap = rt.heap;
        int otherSize;
        if (other instanceof SetObject os) {
            otherSize = os.size();
        } else if (other instanceof DictObject d && d.type() == Types.DICT) {
            otherSize = d.size();
        } else {
            SetObject r = copy(rt, so);
            differenceUpdate(rt, r, other);
            return r;
        }
        if ((so.size() >> 2) > otherSize) {
            SetObject r = copy(rt, so);
            differenceUpdate(rt, r, other);
            return r;
        }
        SetObject r = newLike(rt, so, null);
        try {
            for (Object[] e : entries(so)) {
                PyObject k = (PyObject) e[0];
                long h = (Long) e[1];
                heap.incref(k);
                try {
                    boolean in = other instanceof SetObject os ? heap.setContainsKnownHash(os, k, h)
                            : heap.getItem((DictObject) other, k) != null;
                    if (!in) {
                        heap.setAddKnownHash(r, k, h);
                    }
                } finally {
                    heap.decref(k);
                }
            }
        } catch (PyException ex) {
            heap.decref(r);
            throw ex;
        }
        return r;
    }

    /** set_difference_update_internal */
    static void differenceUpdate(PyRuntime rt, SetObject so, PyObject other) {
        Heap heap = rt.heap;
        if (other == so) {
            heap.clearSet(so);
            return;
        }
        if (other instanceof SetObject os) {
            for (Object[] e : entries(os)) {
                heap.setDiscardKnownHash(so, (PyObject) e[0], (Long) e[1]);
            }
            return;
        }
        PyObject it = Iteration.iter(rt, other);
        try {
            for (PyObject k = Iteration.next(rt, it); k != null; k = Iteration.next(rt, it)) {
                try {
                    heap.setDiscard(so, k);
                } finally {
                    heap.decref(k);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /** set_symmetric_difference_update */
    static void symmetricDifferenceUpdate(PyRuntime rt, SetObject so, PyObject other) {
        Heap heap = rt.heap;
        if (other == so) {
            heap.clearSet(so);
            return;
        }
        SetObject os;
        if (other instanceof SetObject s) {
            heap.incref(s);
            os = s;
        } else {
            os = newLike(rt, so, other);
        }
        try {
            for (Object[] e : entries(os)) {
                PyObject k = (PyObject) e[0];
                heap.incref(k);
                try {
                    if (!heap.setDiscardKnownHash(so, k, (Long) e[1])) {
                        heap.setAddKnownHash(so, k, (Long) e[1]);
                    }
                } finally {
                    heap.decref(k);
                }
            }
        } finally {
            heap.decref(os);
        }
    }

    /** set_symmetric_difference: a new set from other, then updated with so. */
    static SetObject symmetricDifference(PyRuntime rt, SetObject so, PyObject other) {
        SetObject r = newLike(rt, so, other);
        try {
            symmetricDifferenceUpdate(rt, r, so);
        } catch (PyException e) {
            rt.heap.decref(r);
            throw e;
        }
        return r;
    }

    /** set_issubset: every entry of so (stored hash) is in other. */
    static boolean isSubset(PyRuntime rt, SetObject so, SetObject other) {
        if (so.size() > other.size()) {
            return false;
        }
        for (Object[] e : entries(so)) {
            if (!rt.heap.setContainsKnownHash(other, (PyObject) e[0], (Long) e[1])) {
                return false;
            }
        }
        return true;
    }

    /** Snapshot of a set's live entries in slot order: {key, hash}. */
    private static List<Object[]> entries(SetObject s) {
        List<Object[]> out = new ArrayList<>();
        for (int i = 0; i < s.slots(); i++) {
            PyObject k = s.slotKey(i);
            if (k != null) {
                out.add(new Object[] {k, s.slotHash(i)});
            }
        }
        return out;
    }

    /** An operand of a set operator must be a set or frozenset (else NotImplemented: null here). */
    static PyObject binary(PyRuntime rt, BinaryOp op, PyObject l, PyObject r) {
        if (!(l instanceof SetObject ls) || !(r instanceof SetObject)) {
            return null;
        }
        boolean inPlace = op.isInPlace() && !ls.isFrozen();
        switch (op.base()) {
            case OR:
                if (inPlace) {
                    update(rt, ls, r);
                    rt.heap.incref(ls);
                    return ls;
                }
                return union(rt, ls, new PyObject[] {r});
            case AND:
                if (inPlace) {
                    // set_iand -> set_intersection_update: the result's table replaces so's
                    SetObject tmp = intersection(rt, ls, r);
                    rt.heap.setSwapTables(ls, tmp);
                    rt.heap.decref(tmp);
                    rt.heap.incref(ls);
                    return ls;
                }
                return intersection(rt, ls, r);
            case SUB:
                if (inPlace) {
                    differenceUpdate(rt, ls, r);
                    rt.heap.incref(ls);
                    return ls;
                }
                return difference(rt, ls, r);
            case XOR:
                if (inPlace) {
                    symmetricDifferenceUpdate(rt, ls, r);
                    rt.heap.incref(ls);
                    return ls;
                }
                return symmetricDifference(rt, ls, r);
            default:
                return null;
        }
    }

    /** set_richcompare; null when other is not a set (NotImplemented). */
    static Integer compare(PyRuntime rt, CompareOp op, PyObject l, PyObject r) {
        if (!(l instanceof SetObject a) || !(r instanceof SetObject b)) {
            return null;
        }
        boolean res = switch (op) {
            case EQ -> a.size() == b.size() && isSubset(rt, a, b);
            case NE -> !(a.size() == b.size() && isSubset(rt, a, b));
            case LE -> isSubset(rt, a, b);
            case GE -> isSubset(rt, b, a);
            case LT -> a.size() < b.size() && isSubset(rt, a, b);
            case GT -> a.size() > b.size() && isSubset(rt, b, a);
        };
        // a value for which Arith.compare's "c OP 0" gives res
        return switch (op) {
            case LT -> res ? -1 : 0;
            case LE, EQ -> res ? 0 : 1;
            case NE, GT -> res ? 1 : 0;
            case GE -> res ? 0 : -1;
        };
    }

    static void install(BuiltinMethods m) {
        for (org.heapsim.heap.StaticType t : List.of(Types.SET, Types.FROZENSET)) {
            String tn = t.name();
            m.define(t, "copy", (rt, self, a, kw) -> {
                Arity.none(rt, tn, "copy", a, kw);
                if (self.type() == Types.FROZENSET) {
                    rt.heap.incref(self);
                    return self;
                }
                return copy(rt, (SetObject) self);
            });
            m.define(t, "union", (rt, self, a, kw) -> {
                noKw(rt, "union", kw);
                return union(rt, (SetObject) self, a);
            });
            m.define(t, "intersection", (rt, self, a, kw) -> {
                noKw(rt, "intersection", kw);
                if (a.length == 0) {
                    return copy(rt, (SetObject) self);
                }
                SetObject r = intersection(rt, (SetObject) self, a[0]);
                for (int i = 1; i < a.length; i++) {
                    SetObject next = intersection(rt, r, a[i]);
                    rt.heap.decref(r);
                    r = next;
                }
                return r;
            });
            m.define(t, "difference", (rt, self, a, kw) -> {
                noKw(rt, "difference", kw);
                if (a.length == 0) {
                    return copy(rt, (SetObject) self);
                }
                SetObject r = difference(rt, (SetObject) self, a[0]);
                for (int i = 1; i < a.length; i++) {
                    differenceUpdate(rt, r, a[i]);
                }
                return r;
            });
            m.define(t, "symmetric_difference", (rt, self, a, kw) -> {
                Arity.one(rt, tn, "symmetric_difference", a, kw);
                return symmetricDifference(rt, (SetObject) self, a[0]);
            });
            m.define(t, "issubset", (rt, self, a, kw) -> {
                Arity.one(rt, tn, "issubset", a, kw);
                return rt.heap.bool(withSet(rt, a[0], o -> isSubset(rt, (SetObject) self, o)));
            });
            m.define(t, "issuperset", (rt, self, a, kw) -> {
                Arity.one(rt, tn, "issuperset", a, kw);
                return rt.heap.bool(withSet(rt, a[0], o -> isSubset(rt, o, (SetObject) self)));
            });
            m.define(t, "isdisjoint", (rt, self, a, kw) -> {
                Arity.one(rt, tn, "isdisjoint", a, kw);
                SetObject r = intersection(rt, (SetObject) self, a[0]);
                boolean empty = r.size() == 0;
                rt.heap.decref(r);
                return rt.heap.bool(empty);
            });
            m.define(t, "__len__", (rt, self, a, kw) -> rt.vm.builtinMethods.newInt(((SetObject) self).size()));
            m.define(t, "__contains__", (rt, self, a, kw) -> {
                Arity.one(rt, tn, "__contains__", a, kw);
                return rt.heap.bool(Arith.contains(rt, self, a[0]));
            });
        }
        m.define(Types.SET, "__init__", (rt, self, a, kw) -> {
            // set_init: emptied, then filled from the optional iterable
            noKw(rt, "set", kw);
            if (a.length > 1) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "set expected at most 1 argument, got " + a.length);
            }
            SetObject s = (SetObject) self;
            if (s.size() > 0) {
                rt.heap.clearSet(s);
            }
            if (a.length == 1) {
                update(rt, s, a[0]);
            }
            return null;
        });
        m.define(Types.SET, "add", (rt, self, a, kw) -> {
            Arity.one(rt, "set", "add", a, kw);
            PyKeys.checkHashable(rt, a[0]);
            rt.heap.setAdd((SetObject) self, a[0]);
            return null;
        });
        m.define(Types.SET, "discard", (rt, self, a, kw) -> {
            Arity.one(rt, "set", "discard", a, kw);
            PyKeys.checkHashable(rt, a[0]);
            rt.heap.setDiscard((SetObject) self, a[0]);
            return null;
        });
        m.define(Types.SET, "remove", (rt, self, a, kw) -> {
            Arity.one(rt, "set", "remove", a, kw);
            PyKeys.checkHashable(rt, a[0]);
            if (!rt.heap.setDiscard((SetObject) self, a[0])) {
                throw rt.raised(Subscripts.keyError(rt, a[0]));
            }
            return null;
        });
        m.define(Types.SET, "pop", (rt, self, a, kw) -> {
            Arity.none(rt, "set", "pop", a, kw);
            PyObject k = rt.heap.setPop((SetObject) self);
            if (k == null) {
                throw rt.raise(ExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            return k;
        });
        m.define(Types.SET, "clear", (rt, self, a, kw) -> {
            Arity.none(rt, "set", "clear", a, kw);
            rt.heap.clearSet((SetObject) self);
            return null;
        });
        m.define(Types.SET, "update", (rt, self, a, kw) -> {
            noKw(rt, "update", kw);
            ArgsTuple call = ArgsTuple.enter(rt, "set.update", a, kw);
            try {
                for (PyObject o : a) {
                    update(rt, (SetObject) self, o);
                }
            } finally {
                call.exit();
            }
            return null;
        });
        m.define(Types.SET, "difference_update", (rt, self, a, kw) -> {
            noKw(rt, "difference_update", kw);
            for (PyObject o : a) {
                differenceUpdate(rt, (SetObject) self, o);
            }
            return null;
        });
        m.define(Types.SET, "intersection_update", (rt, self, a, kw) -> {
            noKw(rt, "intersection_update", kw);
            for (PyObject o : a) {
                SetObject tmp = intersection(rt, (SetObject) self, o);
                rt.heap.setSwapTables((SetObject) self, tmp);
                rt.heap.decref(tmp);
            }
            return null;
        });
        m.define(Types.SET, "symmetric_difference_update", (rt, self, a, kw) -> {
            Arity.one(rt, "set", "symmetric_difference_update", a, kw);
            symmetricDifferenceUpdate(rt, (SetObject) self, a[0]);
            return null;
        });
    }

    private static void noKw(PyRuntime rt, String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
        }
    }

    /** Runs test on other as a set: itself, or a temporary set made from the iterable (released after). */
    private static boolean withSet(PyRuntime rt, PyObject other, java.util.function.Predicate<SetObject> test) {
        if (other instanceof SetObject s) {
            return test.test(s);
        }
        SetObject tmp = rt.heap.newSet(false);
        try {
            update(rt, tmp, other);
            return test.test(tmp);
        } finally {
            rt.heap.decref(tmp);
        }
    }

    static boolean isUserSet(PyObject o) {
        return o.type() instanceof ClassObject;
    }
}
