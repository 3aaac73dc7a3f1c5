package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * iter() and next() for the built-in iterables: each iterator holds its container and drops
 * it in the next() that finds it exhausted (listiter_next and friends), so the container can
 * die inside a for loop's last step.
 */
final class Iteration {
    static final StaticType TUPLE_ITERATOR = Types.define("tuple_iterator", Types.OBJECT, true, false, false);
    static final StaticType DICT_KEYITERATOR = Types.define("dict_keyiterator", Types.OBJECT, true, false, false);
    static final StaticType SET_ITERATOR = Types.define("set_iterator", Types.OBJECT, true, false, false);
    static final StaticType STR_ITERATOR = Types.define("str_iterator", Types.OBJECT, true, false, false);
    static final StaticType STR_ASCII_ITERATOR = Types.define("str_ascii_iterator", Types.OBJECT, true, false, false);
    static final StaticType RANGE = Types.define("range", Types.OBJECT, false, false, false);
    static final StaticType RANGE_ITERATOR = Types.define("range_iterator", Types.OBJECT, false, false, false);
    /** itertools.count (heapsim's {@code _heapsim.count}): gc-tracked, as CPython's. */
    static final StaticType COUNT = Types.define("itertools.count", Types.OBJECT, true, false, false);

    /** An iterator's position. */
    static final class Position {
        long index;
        final long stop;
        final long step;

        Position(long index, long stop, long step) {
            this.index = index;
            this.stop = stop;
            this.step = step;
        }
    }

    private Iteration() {
    }

    static PyObject newRange(PyRuntime rt, long start, long stop, long step) {
        return rt.heap.newGeneric(RANGE, new GenericObject.Shape(new String[0], false, false, false), null,
                new long[] {start, stop, step});
    }

    /** itertools.count(): 0, 1, 2, ... */
    static PyObject newCount(PyRuntime rt) {
        return rt.heap.newGeneric(COUNT, GenericObject.Shape.ITERATOR, null, new Position(0, Long.MAX_VALUE, 1));
    }

    /** PyObject_GetIter: tp_iter of the object's type, or a sequence iterator for a class with only __getitem__. */
    static PyObject iter(PyRuntime rt, PyObject o) {
        o = Proxies.unwrap(rt, o);
        Heap heap = rt.heap;
        if (o.type() instanceof ClassObject) {
            PyObject f = Ops.typeLookupUser(rt, o.type(), "__iter__");
            if (f == heap.none()) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(o) + "' object is not iterable");
            }
            if (f != null) {
                PyObject it = rt.vm.call(f, new PyObject[] {o});
                if (!isIterator(rt, it)) {
                    String tn = Ops.typeName(it);
                    heap.decref(it);
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "iter() returned non-iterator of type '" + tn + "'");
                }
                return it;
            }
        }
        StaticType type;
        if (o instanceof ListObject) {
            type = Types.LIST_ITERATOR;
        } else if (o instanceof TupleObject) {
            type = TUPLE_ITERATOR;
        } else if (o instanceof DictObject d) {
            return BuiltinIterators.dictIterator(rt, d, Views.Kind.KEYS, false);
        } else if (o instanceof SetObject s) {
            return BuiltinIterators.setIterator(rt, s);
        } else if (Views.isView(o)) {
            return Views.iter(rt, o);
        } else if (o instanceof AtomObject a && a.value() instanceof String s) {
            type = rt.policy.asciiStrIterator() && s.chars().allMatch(c -> c < 128) ? STR_ASCII_ITERATOR : STR_ITERATOR;
        } else if (o.type() == RANGE) {
            long[] r = (long[]) ((GenericObject) o).payload();
            return heap.newGeneric(RANGE_ITERATOR, GenericObject.Shape.ITERATOR, null, new Position(r[0], r[1], r[2]));
        } else if (Generators.isGenerator(o) || isIterator(rt, o)) {
            heap.incref(o);
            return o;
        } else if (BuiltinIterators.sequenceCheck(rt, o)) {
            return BuiltinIterators.seqIterator(rt, o);
        } else {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(o) + "' object is not iterable");
        }
        GenericObject it = heap.newGeneric(type, GenericObject.Shape.ITERATOR, null, new Position(0, 0, 1));
        heap.setField(it, 0, o);
        return it;
    }

    static boolean isIterator(PyRuntime rt, PyObject o) {
        return o instanceof GenericObject g && (g.payload() instanceof Position || g.payload() instanceof Generators.State
                || g.payload() instanceof BuiltinIterators.Next)
                || Ops.typeLookupUser(rt, o.type(), "__next__") != null;
    }

    /** next(it): a new reference, or null when exhausted (StopIteration swallowed). */
    static PyObject next(PyRuntime rt, PyObject it) {
        Heap heap = rt.heap;
        if (Generators.isGenerator(it)) {
            return Generators.next(rt, it);
        }
        if (it instanceof GenericObject g && g.payload() instanceof BuiltinIterators.Next n) {
            return n.next(rt, g);
        }
        if (it instanceof GenericObject g && g.payload() instanceof Position p) {
            if (g.type() == RANGE_ITERATOR || g.type() == COUNT) {
                if (p.step > 0 ? p.index >= p.stop : p.index <= p.stop) {
                    return null;
                }
                long v = p.index;
                p.index += p.step;
                return rt.vm.builtinMethods.newInt(v);
            }
            PyObject seq = g.field(0);
            if (seq == null) {
                return null;
            }
            PyObject item = itemAt(rt, seq, p);
            if (item == null) {
                heap.setField(g, 0, null); // exhausted: the iterator lets go of its container
            }
            return item;
        }
        PyObject f = Ops.typeLookupUser(rt, it.type(), "__next__");
        if (f == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(it) + "' object is not an iterator");
        }
        try {
            return rt.vm.call(f, new PyObject[] {it});
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                heap.decref(e.value());
                return null;
            }
            throw e;
        }
    }

    /** next(it) letting StopIteration out (with a user iterator's value): what SEND needs. */
    static PyObject nextOrStop(PyRuntime rt, PyObject it) {
        PyObject f = it.type() instanceof ClassObject ? Ops.typeLookupUser(rt, it.type(), "__next__") : null;
        if (f != null) {
            return rt.vm.call(f, new PyObject[] {it});
        }
        PyObject v = next(rt, it);
        if (v == null) {
            throw rt.raise(ExceptionTypes.STOP_ITERATION, null);
        }
        return v;
    }

    private static PyObject itemAt(PyRuntime rt, PyObject seq, Position p) {
        Heap heap = rt.heap;
        if (seq instanceof ListObject l) {
            if (p.index >= l.size()) {
                return null;
            }
            PyObject v = l.get((int) p.index++);
            heap.incref(v);
            return v;
        }
        if (seq instanceof TupleObject t) {
            if (p.index >= t.size()) {
                return null;
            }
            PyObject v = t.get((int) p.index++);
            heap.incref(v);
            return v;
        }
        if (seq instanceof DictObject d) {
            while (p.index < d.entrySlots()) {
                PyObject k = d.keyAt((int) p.index++);
                if (k != null) {
                    heap.incref(k);
                    return k;
                }
            }
            return null;
        }
        if (seq instanceof SetObject s) {
            while (p.index < s.slots()) {
                PyObject k = s.slotKey((int) p.index++);
                if (k != null) {
                    heap.incref(k);
                    return k;
                }
            }
            return null;
        }
        String s = ((AtomObject) seq).asString();
        if (p.index >= s.length()) {
            return null;
        }
        int cp = s.codePointAt((int) p.index);
        p.index += Character.charCount(cp);
        return heap.newStr(new String(Character.toChars(cp)));
    }

    /** All items of an iterable as new references. */
    static List<PyObject> toList(PyRuntime rt, PyObject iterable) {
        List<PyObject> out = new ArrayList<>();
        if (iterable instanceof ListObject l) {
            for (int i = 0; i < l.size(); i++) {
                rt.heap.incref(l.get(i));
                out.add(l.get(i));
            }
            return out;
        }
        if (iterable instanceof TupleObject t) {
            for (int i = 0; i < t.size(); i++) {
                rt.heap.incref(t.get(i));
                out.add(t.get(i));
            }
            return out;
        }
        PyObject it = iter(rt, iterable);
        try {
            for (PyObject v = next(rt, it); v != null; v = next(rt, it)) {
                out.add(v);
            }
        } catch (PyException e) {
            for (PyObject o : out) {
                rt.heap.decref(o);
            }
            throw e;
        } finally {
            rt.heap.decref(it);
        }
        return out;
    }

    /** list_extend (list(iterable), list.extend): items appended as the iteration yields them. */
    static void extend(PyRuntime rt, ListObject list, PyObject iterable) {
        ListMethods.extend(rt, list, iterable);
    }

    static boolean containsByIteration(PyRuntime rt, PyObject container, PyObject item) {
        PyObject it = iter(rt, container);
        try {
            for (PyObject v = next(rt, it); v != null; v = next(rt, it)) {
                boolean eq = Arith.equal(rt, v, item);
                rt.heap.decref(v);
                if (eq) {
                    return true;
                }
            }
            return false;
        } finally {
            rt.heap.decref(it);
        }
    }
}
