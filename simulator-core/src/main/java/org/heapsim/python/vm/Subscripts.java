package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/** Subscripts, slices and sequence unpacking ({@code Objects/abstract.c}, {@code listobject.c}, {@code ceval.c unpack_iterable}). */
final class Subscripts {
    static final StaticType SLICE = Types.SLICE;

    private Subscripts() {
    }

    /** The i-th item of a list or tuple (borrowed). */
    static PyObject item(PyObject seq, int i) {
        return seq instanceof ListObject l ? l.get(i) : ((TupleObject) seq).get(i);
    }

    static PyObject newSlice(PyRuntime rt, PyObject start, PyObject stop, PyObject step) {
        GenericObject s = rt.heap.newGeneric(SLICE, new GenericObject.Shape(new String[] {"start", "stop", "step"}, false, false, false), null, null);
        rt.heap.setField(s, 0, start);
        rt.heap.setField(s, 1, stop);
        rt.heap.setField(s, 2, step == null ? rt.heap.none() : step);
        return s;
    }

    static PyObject get(PyRuntime rt, PyObject container, PyObject key) {
        container = Proxies.unwrap(rt, container);
        Heap heap = rt.heap;
        if (container.type() instanceof org.heapsim.heap.ClassObject) {
            PyObject f = Ops.typeLookupUser(rt, container.type(), "__getitem__");
            if (f != null) {
                return rt.vm.call(f, new PyObject[] {container, key});
            }
        }
        if (container instanceof DictObject d) {
            PyObject v = heap.getItem(d, key);
            if (v == null) {
                // dict_subscript: a subclass's __missing__(key)
                PyObject missing = container.type() instanceof org.heapsim.heap.ClassObject
                        ? Ops.typeLookupUser(rt, container.type(), "__missing__") : null;
                if (missing != null) {
                    return rt.vm.call(missing, new PyObject[] {container, key});
                }
                throw rt.raised(keyError(rt, key));
            }
            heap.incref(v);
            return v;
        }
        if (Ranges.isRange(container)) {
            return Ranges.getItem(rt, container, key);
        }
        if (container instanceof ListObject || container instanceof TupleObject
                || (container instanceof AtomObject a && a.value() instanceof String)) {
            int n = (int) Ops.lengthOf(rt, container);
            if (key.type() == SLICE) {
                return slice(rt, container, (GenericObject) key, n);
            }
            int i = index(rt, key, n, container);
            if (container instanceof AtomObject a) {
                String s = a.asString();
                int off = s.offsetByCodePoints(0, i);
                return heap.newStr(new String(Character.toChars(s.codePointAt(off))));
            }
            PyObject v = item(container, i);
            heap.incref(v);
            return v;
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(container) + "' object is not subscriptable");
    }

    static org.heapsim.heap.ExceptionObject keyError(PyRuntime rt, PyObject key) {
        org.heapsim.heap.ExceptionObject e = rt.heap.newException(ExceptionTypes.KEY_ERROR);
        TupleObject args = rt.heap.newTuple(List.of(key));
        rt.heap.setExceptionField(e, "args", args);
        rt.heap.decref(args);
        return e;
    }

    private static int index(PyRuntime rt, PyObject key, int n, PyObject container) {
        return index(rt, key, n, container, false);
    }

    /** The item index of key (negative counts from the end) with the built-in type's messages; assignment says so. */
    private static int index(PyRuntime rt, PyObject key, int n, PyObject container, boolean assignment) {
        String base = container instanceof ListObject ? "list" : container instanceof TupleObject ? "tuple" : "string";
        BigInteger i = Arith.asInt(key instanceof AtomObject a ? a.value() : null);
        if (i == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, base.equals("string")
                    ? org.heapsim.version.Message.STRING_INDICES.format(rt.policy.minor(), Ops.typeName(key))
                    : base + " indices must be integers or slices, not " + Ops.typeName(key));
        }
        if (i.bitLength() > 63) {
            throw rt.raise(ExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        long v = i.longValue();
        if (v < 0) {
            v += n;
        }
        if (v < 0 || v >= n) {
            throw rt.raise(ExceptionTypes.INDEX_ERROR, base + (assignment ? " assignment" : "") + " index out of range");
        }
        return (int) v;
    }

    /** [start, stop, step] of a slice over a sequence of length n (PySlice_AdjustIndices). */
    static int[] indices(PyRuntime rt, GenericObject slice, int n) {
        int step = bound(rt, slice.field(2), 1);
        if (step == 0) {
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "slice step cannot be zero");
        }
        int defStart = step < 0 ? n - 1 : 0;
        int defStop = step < 0 ? -1 : n;
        int start = adjust(bound(rt, slice.field(0), Integer.MIN_VALUE), defStart, n, step);
        int stop = adjust(bound(rt, slice.field(1), Integer.MIN_VALUE), defStop, n, step);
        return new int[] {start, stop, step};
    }

    private static int bound(PyRuntime rt, PyObject o, int dflt) {
        if (o == null || o == rt.heap.none()) {
            return dflt;
        }
        BigInteger i = Vm.intValue(o);
        if (i == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "slice indices must be integers or None or have an __index__ method");
        }
        return i.max(BigInteger.valueOf(Integer.MIN_VALUE + 1)).min(BigInteger.valueOf(Integer.MAX_VALUE)).intValue();
    }

    private static int adjust(int v, int dflt, int n, int step) {
        if (v == Integer.MIN_VALUE) {
            return dflt;
        }
        if (v < 0) {
            v += n;
            if (v < 0) {
                v = step < 0 ? -1 : 0;
            }
        } else if (v >= n) {
            v = step < 0 ? n - 1 : n;
        }
        return v;
    }

    private static PyObject slice(PyRuntime rt, PyObject container, GenericObject slice, int n) {
        int[] ix = indices(rt, slice, n);
        List<Integer> picks = new ArrayList<>();
        for (int i = ix[0]; ix[2] > 0 ? i < ix[1] : i > ix[1]; i += ix[2]) {
            picks.add(i);
        }
        if (container instanceof AtomObject a) {
            int[] cps = a.asString().codePoints().toArray();
            StringBuilder sb = new StringBuilder();
            for (int i : picks) {
                sb.appendCodePoint(cps[i]);
            }
            return rt.heap.newStr(sb.toString());
        }
        List<PyObject> items = new ArrayList<>();
        for (int i : picks) {
            items.add(item(container, i));
        }
        return container instanceof ListObject ? rt.heap.newList(items) : rt.heap.newTuple(items);
    }

    static void set(PyRuntime rt, PyObject container, PyObject key, PyObject value) {
        container = Proxies.unwrap(rt, container);
        Heap heap = rt.heap;
        if (container.type() instanceof org.heapsim.heap.ClassObject) {
            PyObject f = Ops.typeLookupUser(rt, container.type(), "__setitem__");
            if (f != null) {
                heap.decref(rt.vm.call(f, new PyObject[] {container, key, value}));
                return;
            }
        }
        if (container instanceof DictObject d) {
            PyKeys.checkHashable(rt, key);
            heap.setItem(d, key, value);
            return;
        }
        if (container instanceof ListObject l) {
            if (key.type() == SLICE) {
                assignSlice(rt, l, (GenericObject) key, value);
                return;
            }
            heap.listSet(l, index(rt, key, l.size(), container, true), value);
            return;
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(container) + "' object does not support item assignment");
    }

    static void delete(PyRuntime rt, PyObject container, PyObject key) {
        container = Proxies.unwrap(rt, container);
        Heap heap = rt.heap;
        if (container.type() instanceof org.heapsim.heap.ClassObject) {
            PyObject f = Ops.typeLookupUser(rt, container.type(), "__delitem__");
            if (f != null) {
                heap.decref(rt.vm.call(f, new PyObject[] {container, key}));
                return;
            }
        }
        if (container instanceof DictObject d) {
            if (!heap.delItem(d, key)) {
                throw rt.raised(keyError(rt, key));
            }
            return;
        }
        if (container instanceof ListObject l) {
            if (key.type() == SLICE) {
                deleteSlice(rt, l, (GenericObject) key);
                return;
            }
            int i = index(rt, key, l.size(), container, true);
            heap.listDeleteSlice(l, i, i + 1);
            return;
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(container) + "' object doesn't support item deletion");
    }

    /** PySlice_AdjustIndices' slice length. */
    static int sliceLength(int[] ix) {
        int start = ix[0];
        int stop = ix[1];
        int step = ix[2];
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    }

    /** PySequence_Fast(value, msg): a list or tuple itself (new reference), else a new list of its items. */
    private static PyObject sequenceFast(PyRuntime rt, PyObject value, String message) {
        if (value instanceof ListObject || value instanceof TupleObject) {
            rt.heap.incref(value);
            return value;
        }
        ListObject l = rt.heap.newList();
        try {
            Iteration.extend(rt, l, value);
        } catch (PyException e) {
            rt.heap.decref(l);
            if (e.value().type().isSubtypeOf(ExceptionTypes.TYPE_ERROR) && e.getMessage() != null && e.getMessage().endsWith("is not iterable")) {
                rt.heap.decref(e.value());
                throw rt.raise(ExceptionTypes.TYPE_ERROR, message);
            }
            throw e;
        }
        return l;
    }

    /**
     * list_ass_subscript with a slice: step 1 is list_ass_slice (new items stored, then the
     * replaced ones released last to first); an extended slice needs a sequence of its length
     * and releases the replaced items in slice order after all are stored.
     */
    private static void assignSlice(PyRuntime rt, ListObject l, GenericObject slice, PyObject value) {
        Heap heap = rt.heap;
        int[] ix = indices(rt, slice, l.size());
        if (ix[2] == 1) {
            PyObject v = value == l ? heap.newList(itemsOf(l)) : null;
            PyObject seq;
            try {
                seq = sequenceFast(rt, v != null ? v : value, "can only assign an iterable");
            } catch (PyException e) {
                heap.xdecref(v);
                throw e;
            }
            int lo = ix[0];
            int hi = Math.max(lo, ix[1]);
            int n = (int) Ops.lengthOf(rt, seq);
            PyObject[] items = new PyObject[n];
            for (int k = 0; k < n; k++) {
                items[k] = item(seq, k);
            }
            PyObject[] removed = heap.listReplaceSlice(l, lo, hi, items);
            for (int k = removed.length - 1; k >= 0; k--) {
                heap.decref(removed[k]);
            }
            heap.decref(seq);
            heap.xdecref(v);
            return;
        }
        PyObject seq = value == l ? heap.newList(itemsOf(l)) : sequenceFast(rt, value, "must assign iterable to extended slice");
        try {
            int len = sliceLength(ix);
            int n = (int) Ops.lengthOf(rt, seq);
            if (n != len) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "attempt to assign sequence of size " + n + " to extended slice of size " + len);
            }
            PyObject[] garbage = new PyObject[len];
            for (int k = 0, cur = ix[0]; k < len; k++, cur += ix[2]) {
                garbage[k] = heap.listExchange(l, cur, item(seq, k));
            }
            for (PyObject g : garbage) {
                heap.decref(g);
            }
        } finally {
            heap.decref(seq);
        }
    }

    private static List<PyObject> itemsOf(ListObject l) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(l.get(i));
        }
        return out;
    }

    /** del lst[slice]: step 1 releases last to first (list_ass_slice); an extended slice in ascending index order. */
    private static void deleteSlice(PyRuntime rt, ListObject l, GenericObject slice) {
        int[] ix = indices(rt, slice, l.size());
        if (ix[2] == 1) {
            rt.heap.listDeleteSlice(l, ix[0], Math.max(ix[0], ix[1]));
            return;
        }
        int len = sliceLength(ix);
        if (len <= 0) {
            return;
        }
        int start = ix[0];
        int step = ix[2];
        if (step < 0) {
            start = start + step * (len - 1);
            step = -step;
        }
        int[] at = new int[len];
        for (int k = 0; k < len; k++) {
            at[k] = start + k * step;
        }
        for (PyObject g : rt.heap.listRemoveIndices(l, at)) {
            rt.heap.decref(g);
        }
    }

    /**
     * UNPACK_SEQUENCE / UNPACK_EX: pushes the items so that the first ends on top; takes the
     * sequence's reference and releases it after the items are pushed.
     */
    static void unpack(PyRuntime rt, FrameObject fo, PyObject seq, int before, int after) {
        Heap heap = rt.heap;
        // UNPACK_SEQUENCE's fast paths: an exact tuple or list of the right length
        if (after < 0 && (seq.type() == Types.TUPLE || seq.type() == Types.LIST) && Ops.lengthOf(rt, seq) == before) {
            for (int i = before - 1; i >= 0; i--) {
                PyObject v = item(seq, i);
                heap.incref(v);
                fo.pushOwned(v);
            }
            heap.decref(seq);
            return;
        }
        // unpack_iterable: exactly the items needed (one more to check for surplus), the rest
        // into a list for a starred target; on error the fetched items are released last to first
        List<PyObject> got = new ArrayList<>();
        PyObject it = null;
        ListObject middle = null;
        try {
            try {
                it = Iteration.iter(rt, seq);
            } catch (PyException e) {
                if (e.value().type() == ExceptionTypes.TYPE_ERROR && !BuiltinIterators.sequenceCheck(rt, seq)
                        && Ops.typeLookupUser(rt, seq.type(), "__iter__") == null) {
                    heap.decref(e.value());
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "cannot unpack non-iterable " + Ops.typeName(seq) + " object");
                }
                throw e;
            }
            for (int i = 0; i < before; i++) {
                PyObject w = Iteration.next(rt, it);
                if (w == null) {
                    throw after < 0
                            ? rt.raise(ExceptionTypes.VALUE_ERROR, "not enough values to unpack (expected " + before + ", got " + i + ")")
                            : rt.raise(ExceptionTypes.VALUE_ERROR, "not enough values to unpack (expected at least " + (before + after) + ", got " + i + ")");
                }
                got.add(w);
            }
            if (after < 0) {
                PyObject w = Iteration.next(rt, it);
                if (w != null) {
                    heap.decref(w);
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "too many values to unpack (expected " + before + ")");
                }
            } else {
                middle = heap.newList();
                ListMethods.extend(rt, middle, it);
                int ll = middle.size();
                if (ll < after) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "not enough values to unpack (expected at least "
                            + (before + after) + ", got " + (before + ll) + ")");
                }
            }
        } catch (PyException e) {
            if (middle != null) {
                heap.decref(middle);
            }
            for (int i = got.size() - 1; i >= 0; i--) {
                heap.decref(got.get(i));
            }
            if (it != null) {
                heap.decref(it);
            }
            heap.decref(seq);
            throw e;
        }
        if (middle != null) {
            // the items after the starred target come off the list's end (references move to the stack)
            int ll = middle.size();
            PyObject[] tail = new PyObject[after];
            for (int k = 0; k < after; k++) {
                tail[k] = heap.listPop(middle, ll - after);
            }
            for (int k = after - 1; k >= 0; k--) {
                fo.pushOwned(tail[k]);
            }
            fo.pushOwned(middle);
        }
        for (int i = got.size() - 1; i >= 0; i--) {
            fo.pushOwned(got.get(i));
        }
        heap.decref(it);
        heap.decref(seq);
    }
}
