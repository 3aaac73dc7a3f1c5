package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * Sequence repetition (sq_repeat, sq_inplace_repeat: list, tuple and str times an int on
 * either side) and dict union (3.9+), reached after the numeric slots gave NotImplemented
 * ({@code Objects/abstract.c sequence_repeat}), with CPython's "can't multiply sequence by
 * non-int" error.
 */
final class SequenceOps {
    private SequenceOps() {
    }

    private static boolean isSequence(PyObject o) {
        return o.type() == Types.LIST || o.type() == Types.TUPLE || o.type() == Types.STR
                || o instanceof ListObject || o instanceof TupleObject;
    }

    /**
     * list_richcompare / tuplerichcompare: lists of different lengths are unequal at once; the
     * first pair that is not equal (identity first, items held) decides, compared again with
     * the operator itself (its result object returned as is); else the lengths decide. Null
     * when the operands are not two lists or two tuples.
     */
    static PyObject richCompare(PyRuntime rt, CompareOp op, PyObject l, PyObject r) {
        boolean lists = l instanceof ListObject && r instanceof ListObject;
        boolean tuples = l instanceof TupleObject && r instanceof TupleObject;
        if (!lists && !tuples) {
            return null;
        }
        long ln = Ops.lengthOf(rt, l);
        long rn = Ops.lengthOf(rt, r);
        if (lists && ln != rn && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return rt.heap.bool(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < Ops.lengthOf(rt, l) && i < Ops.lengthOf(rt, r); i++) {
            PyObject a = Subscripts.item(l, i);
            PyObject b = Subscripts.item(r, i);
            if (a == b) {
                continue;
            }
            rt.heap.incref(a);
            rt.heap.incref(b);
            boolean eq;
            try {
                eq = Arith.equal(rt, a, b);
            } finally {
                rt.heap.decref(a);
                rt.heap.decref(b);
            }
            if (!eq) {
                break;
            }
        }
        ln = Ops.lengthOf(rt, l);
        rn = Ops.lengthOf(rt, r);
        if (i >= ln || i >= rn) {
            int c = Long.compare(ln, rn);
            boolean res = switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case EQ -> c == 0;
                case NE -> c != 0;
                case GT -> c > 0;
                case GE -> c >= 0;
            };
            return rt.heap.bool(res);
        }
        if (op == CompareOp.EQ) {
            return rt.heap.bool(false);
        }
        if (op == CompareOp.NE) {
            return rt.heap.bool(true);
        }
        PyObject a = Subscripts.item(l, i);
        PyObject b = Subscripts.item(r, i);
        rt.heap.incref(a);
        rt.heap.incref(b);
        try {
            return Arith.compare(rt, op, a, b);
        } finally {
            rt.heap.decref(a);
            rt.heap.decref(b);
        }
    }

    /** The result, or null when these operands are not sequence repetition or dict union. */
    static PyObject binary(PyRuntime rt, BinaryOp op, PyObject l, PyObject r) {
        if (op.base() == BinaryOp.OR && l instanceof DictObject dl && r instanceof DictObject && rt.policy.minor() >= 9) {
            if (op.isInPlace()) {
                DictMethods.updateArg(rt, dl, r);
                rt.heap.incref(dl);
                return dl;
            }
            DictObject d = rt.heap.newDict();
            DictMethods.merge(rt, d, dl);
            DictMethods.updateArg(rt, d, r);
            return d;
        }
        if (op.base() != BinaryOp.MUL) {
            return null;
        }
        PyObject seq;
        PyObject count;
        if (isSequence(l)) {
            seq = l;
            count = r;
        } else if (isSequence(r)) {
            seq = r;
            count = l;
        } else {
            return null;
        }
        BigInteger n = Vm.intValue(count);
        if (n == null && count.type() == Types.BOOL) {
            n = ((Boolean) ((AtomObject) count).value()) ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (n == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "can't multiply sequence by non-int of type '" + Ops.typeName(count) + "'");
        }
        long times = n.signum() < 0 ? 0 : n.min(BigInteger.valueOf(Integer.MAX_VALUE)).longValue();
        if (seq instanceof ListObject list && op.isInPlace() && seq == l) {
            // list_inplace_repeat: n <= 0 clears (items released last to first), else extends in place
            if (times <= 0) {
                rt.heap.listDeleteSlice(list, 0, list.size());
            } else {
                List<PyObject> items = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    items.add(list.get(i));
                }
                for (long k = 1; k < times; k++) {
                    for (PyObject o : items) {
                        rt.heap.listAppend(list, o);
                    }
                }
            }
            rt.heap.incref(list);
            return list;
        }
        if (seq.type() == Types.STR) {
            String s = ((AtomObject) seq).asString();
            if (times == 1) {
                rt.heap.incref(seq);
                return seq;
            }
            return rt.heap.newStr(s.repeat((int) times));
        }
        List<PyObject> items = new ArrayList<>();
        int size = (int) Ops.lengthOf(rt, seq);
        if (seq instanceof TupleObject t && seq.type() == Types.TUPLE && (times == 1 || size == 0)) {
            // tuple_repeat returns the tuple itself when nothing changes
            rt.heap.incref(t);
            return t;
        }
        for (long k = 0; k < times; k++) {
            for (int i = 0; i < size; i++) {
                items.add(Subscripts.item(seq, i));
            }
        }
        return seq instanceof TupleObject ? rt.heap.newTuple(items) : rt.heap.newList(items);
    }
}
