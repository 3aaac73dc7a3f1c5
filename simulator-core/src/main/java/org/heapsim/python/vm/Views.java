package org.heapsim.python.vm;

import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;

/**
 * dict.keys(), values(), items(): views holding their dict ({@code Objects/dictobject.c
 * _PyDictView_New}), GC-tracked; len, iteration, membership, repr and reversed() of the dict
 * they show.
 */
final class Views {
    enum Kind { KEYS, VALUES, ITEMS }

    static final StaticType KEYS = Types.define("dict_keys", Types.OBJECT, true, false, false);
    static final StaticType VALUES = Types.define("dict_values", Types.OBJECT, true, false, false);
    static final StaticType ITEMS = Types.define("dict_items", Types.OBJECT, true, false, false);

    private Views() {
    }

    static StaticType typeOf(Kind kind) {
        return kind == Kind.KEYS ? KEYS : kind == Kind.VALUES ? VALUES : ITEMS;
    }

    static PyObject of(PyRuntime rt, DictObject d, Kind kind) {
        GenericObject v = rt.heap.newGeneric(typeOf(kind), new GenericObject.Shape(new String[] {"mapping"}, false, false, false), null, kind);
        rt.heap.setField(v, 0, d);
        return v;
    }

    static boolean isView(PyObject o) {
        return o.type() == KEYS || o.type() == VALUES || o.type() == ITEMS;
    }

    static Kind kind(PyObject view) {
        return (Kind) ((GenericObject) view).payload();
    }

    static DictObject dict(PyObject view) {
        return (DictObject) ((GenericObject) view).field(0);
    }

    /** dictview_iter: the dict's iterator of the view's kind. */
    static PyObject iter(PyRuntime rt, PyObject view) {
        return BuiltinIterators.dictIterator(rt, dict(view), kind(view), false);
    }

    /**
     * dictkeys_contains / dictitems_contains; values have no sq_contains and are searched by
     * iteration (null here).
     */
    static Boolean contains(PyRuntime rt, PyObject view, PyObject item) {
        DictObject d = dict(view);
        switch (kind(view)) {
            case KEYS:
                PyKeys.checkHashable(rt, item);
                return rt.heap.getItem(d, item) != null;
            case ITEMS: {
                if (!(item instanceof TupleObject t) || t.size() != 2 || item.type() != Types.TUPLE && !(item.type() instanceof org.heapsim.heap.ClassObject)) {
                    return false;
                }
                PyKeys.checkHashable(rt, t.get(0));
                PyObject found = rt.heap.getItem(d, t.get(0));
                if (found == null) {
                    return false;
                }
                rt.heap.incref(found);
                try {
                    return Arith.equal(rt, found, t.get(1));
                } finally {
                    rt.heap.decref(found);
                }
            }
            default:
                return null;
        }
    }

    /** dictview_repr: "dict_keys([...])" through a list of the view (PySequence_List). */
    static String repr(PyRuntime rt, PyObject view) {
        ListObject l = rt.heap.newList();
        try {
            Iteration.extend(rt, l, view);
            return view.type().name() + "(" + Ops.reprOf(rt, l) + ")";
        } finally {
            rt.heap.decref(l);
        }
    }

    /** keys and items views act as sets (PyDictViewSet_Check); values views do not. */
    static boolean isSetLike(PyObject o) {
        return o.type() == KEYS || o.type() == ITEMS;
    }

    /**
     * dictviews_sub/or/xor (a set of the view's items, then difference_update, update or
     * symmetric_difference_update with the other operand) and _PyDictView_Intersect; null when
     * neither operand is a keys or items view.
     */
    static PyObject binary(PyRuntime rt, BinaryOp op, PyObject l, PyObject r) {
        BinaryOp base = op.base();
        if (base != BinaryOp.SUB && base != BinaryOp.OR && base != BinaryOp.AND && base != BinaryOp.XOR) {
            return null;
        }
        if (!isSetLike(l) && !isSetLike(r)) {
            return null;
        }
        if (base == BinaryOp.AND && !rt.policy.dictViewAndThroughSet()) {
            PyObject self = isSetLike(l) ? l : r;
            PyObject other = self == l ? r : l;
            org.heapsim.heap.SetObject result = rt.heap.newSet(false);
            try {
                PyObject it = Iteration.iter(rt, other);
                try {
                    for (PyObject k = Iteration.next(rt, it); k != null; k = Iteration.next(rt, it)) {
                        try {
                            if (Boolean.TRUE.equals(contains(rt, self, k))) {
                                rt.heap.setAdd(result, k);
                            }
                        } finally {
                            rt.heap.decref(k);
                        }
                    }
                } finally {
                    rt.heap.decref(it);
                }
            } catch (PyException e) {
                rt.heap.decref(result);
                throw e;
            }
            return result;
        }
        org.heapsim.heap.SetObject result = rt.heap.newSet(false);
        try {
            SetMethods.update(rt, result, l);
            switch (base) {
                case AND -> {
                    org.heapsim.heap.SetObject tmp = SetMethods.intersection(rt, result, r);
                    rt.heap.setSwapTables(result, tmp);
                    rt.heap.decref(tmp);
                }
                case SUB -> SetMethods.differenceUpdate(rt, result, r);
                case OR -> SetMethods.update(rt, result, r);
                default -> SetMethods.symmetricDifferenceUpdate(rt, result, r);
            }
        } catch (PyException e) {
            rt.heap.decref(result);
            throw e;
        }
        return result;
    }

    /** dictview_richcompare against a set or another keys/items view; null when not comparable that way. */
    static Integer compare(PyRuntime rt, CompareOp op, PyObject l, PyObject r) {
        if (!isSetLike(l) || !(isSetLike(r) || r instanceof org.heapsim.heap.SetObject)) {
            return null;
        }
        long ln = Ops.lengthOf(rt, l);
        long rn = Ops.lengthOf(rt, r);
        boolean res = switch (op) {
            case EQ, NE -> ln == rn && allContainedIn(rt, l, r);
            case LT -> ln < rn && allContainedIn(rt, l, r);
            case LE -> ln <= rn && allContainedIn(rt, l, r);
            case GT -> ln > rn && allContainedIn(rt, r, l);
            case GE -> ln >= rn && allContainedIn(rt, r, l);
        };
        if (op == CompareOp.NE) {
            res = !res;
        }
        return switch (op) {
            case LT -> res ? -1 : 0;
            case LE, EQ -> res ? 0 : 1;
            case NE, GT -> res ? 1 : 0;
            case GE -> res ? 0 : -1;
        };
    }

    /** all_contained_in: every item of self is in other. */
    private static boolean allContainedIn(PyRuntime rt, PyObject self, PyObject other) {
        PyObject it = Iteration.iter(rt, self);
        try {
            for (PyObject k = Iteration.next(rt, it); k != null; k = Iteration.next(rt, it)) {
                boolean in;
                try {
                    in = Arith.contains(rt, other, k);
                } finally {
                    rt.heap.decref(k);
                }
                if (!in) {
                    return false;
                }
            }
            return true;
        } finally {
            rt.heap.decref(it);
        }
    }

    /** __len__ and mapping (3.10+) of the three view types. */
    static void installMethods(BuiltinMethods m) {
        for (Kind k : Kind.values()) {
            m.define(typeOf(k), "__len__", (rt, self, a, kw) -> rt.vm.builtinMethods.newInt(dict(self).size()));
        }
    }
}
