package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * Binary operators, unary operators and rich comparison for the built-in types, with user
 * dunders and their reflected forms ({@code Objects/abstract.c binary_op1},
 * {@code Objects/object.c do_richcompare}) and CPython's TypeError texts.
 */
final class Arith {
    private Arith() {
    }

    static PyObject binary(PyRuntime rt, BinaryOp op, PyObject l, PyObject r) {
        l = Proxies.unwrap(rt, l);
        r = Proxies.unwrap(rt, r);
        if (hasUserType(l) || hasUserType(r)) {
            PyObject res = userBinary(rt, op, l, r);
            if (res != null) {
                return res;
            }
        }
        BinaryOp base = op.base();
        if (op.isInPlace() && l instanceof ListObject list && l.type() == Types.LIST && base == BinaryOp.ADD) {
            Iteration.extend(rt, list, r);
            rt.heap.incref(l);
            return l;
        }
        PyObject res = SetMethods.binary(rt, op, l, r);
        if (res == null) {
            res = Views.binary(rt, op, l, r);
        }
        if (res == null) {
            res = SequenceOps.binary(rt, op, l, r);
        }
        if (res == null) {
            res = builtinBinary(rt, base, l, r);
        }
        if (res == null) {
            throw unsupported(rt, op, l, r);
        }
        return res;
    }

    static boolean hasUserType(PyObject o) {
        return o.type() instanceof ClassObject;
    }

    /** binary_op1 with user classes: in-place dunder, then the left's, then the right's reflected one. */
    private static PyObject userBinary(PyRuntime rt, BinaryOp op, PyObject l, PyObject r) {
        Heap heap = rt.heap;
        if (op.isInPlace()) {
            PyObject f = Ops.typeLookupUser(rt, l.type(), op.dunder);
            if (f != null) {
                PyObject res = rt.vm.call(f, new PyObject[] {l, r});
                if (!isNotImplemented(rt, res)) {
                    return res;
                }
                heap.decref(res);
            }
        }
        BinaryOp base = op.base();
        PyObject lf = Ops.typeLookupUser(rt, l.type(), base.dunder);
        PyObject rf = l.type() == r.type() ? null : Ops.typeLookupUser(rt, r.type(), base.reflected);
        if (rf != null && r.type().isSubtypeOf(l.type()) && l.type() != r.type()) {
            PyObject res = rt.vm.call(rf, new PyObject[] {r, l});
            if (!isNotImplemented(rt, res)) {
                return res;
            }
            heap.decref(res);
            rf = null;
        }
        if (lf != null) {
            PyObject res = rt.vm.call(lf, new PyObject[] {l, r});
            if (!isNotImplemented(rt, res)) {
                return res;
            }
            heap.decref(res);
        }
        if (rf != null) {
            PyObject res = rt.vm.call(rf, new PyObject[] {r, l});
            if (!isNotImplemented(rt, res)) {
                return res;
            }
            heap.decref(res);
        }
        return null;
    }

    /** The built-in sequences with sq_repeat (instances of their subclasses too). */
    private static boolean isRepeatable(PyObject o) {
        PyType t = o.type();
        return t != null && (t.isSubtypeOf(Types.STR) || t.isSubtypeOf(Types.LIST) || t.isSubtypeOf(Types.TUPLE)
                || t.isSubtypeOf(Types.BYTES));
    }

    static boolean isNotImplemented(PyRuntime rt, PyObject o) {
        return o == rt.vm.builtinMethods.notImplemented();
    }

    static PyException unsupported(PyRuntime rt, BinaryOp op, PyObject l, PyObject r) {
        String lt = Ops.typeName(l);
        String rtn = Ops.typeName(r);
        if (op.base() == BinaryOp.ADD && l.type() == Types.STR) {
            return rt.raise(ExceptionTypes.TYPE_ERROR, "can only concatenate str (not \"" + rtn + "\") to str");
        }
        if (op.base() == BinaryOp.ADD && (l.type() == Types.LIST || l.type() == Types.TUPLE)) {
            return rt.raise(ExceptionTypes.TYPE_ERROR, "can only concatenate " + lt + " (not \"" + rtn + "\") to " + lt);
        }
        if (op.base() == BinaryOp.MUL) {
            // PyNumber_Multiply: a sequence's sq_repeat wants an index on the other side
            if (isRepeatable(l)) {
                return rt.raise(ExceptionTypes.TYPE_ERROR, "can't multiply sequence by non-int of type '" + rtn + "'");
            }
            if (isRepeatable(r)) {
                return rt.raise(ExceptionTypes.TYPE_ERROR, "can't multiply sequence by non-int of type '" + lt + "'");
            }
        }
        String sym = op.symbol;
        return rt.raise(ExceptionTypes.TYPE_ERROR, "unsupported operand type(s) for " + sym + ": '" + lt + "' and '" + rtn + "'");
    }

    private static PyObject builtinBinary(PyRuntime rt, BinaryOp op, PyObject l, PyObject r) {
        Heap heap = rt.heap;
        Object lv = l instanceof AtomObject a ? a.value() : null;
        Object rv = r instanceof AtomObject b ? b.value() : null;
        BigInteger li = asInt(lv);
        BigInteger ri = asInt(rv);
        if (li != null && ri != null) {
            return intOp(rt, op, li, ri);
        }
        Double ld = asFloat(lv);
        Double rd = asFloat(rv);
        if (ld != null && rd != null && (lv instanceof Double || rv instanceof Double)) {
            if (li != null) {
                ld = toDouble(rt, li);
            }
            if (ri != null) {
                rd = toDouble(rt, ri);
            }
            return floatOp(rt, op, ld, rd);
        }
        if (lv instanceof String ls && l.type() == Types.STR) {
            if (op == BinaryOp.ADD && rv instanceof String rs && r.type() == Types.STR) {
                return heap.newStr(ls + rs);
            }
            if (op == BinaryOp.MUL && ri != null) {
                return heap.newStr(ls.repeat(Math.max(0, ri.intValue())));
            }
            if (op == BinaryOp.MOD) {
                return heap.newStr(Formatting.percent(rt, ls, r));
            }
            return null;
        }
        if (li != null && op == BinaryOp.MUL && rv instanceof String rs) {
            return heap.newStr(rs.repeat(Math.max(0, li.intValue())));
        }
        if (l instanceof ListObject ll && l.type() == Types.LIST) {
            if (op == BinaryOp.ADD && r instanceof ListObject rl && r.type() == Types.LIST) {
                List<PyObject> items = new ArrayList<>();
                for (int i = 0; i < ll.size(); i++) {
                    items.add(ll.get(i));
                }
                for (int i = 0; i < rl.size(); i++) {
                    items.add(rl.get(i));
                }
                return heap.newList(items);
            }
            if (op == BinaryOp.MUL && ri != null) {
                List<PyObject> items = new ArrayList<>();
                for (int k = 0; k < ri.intValue(); k++) {
                    for (int i = 0; i < ll.size(); i++) {
                        items.add(ll.get(i));
                    }
                }
                return heap.newList(items);
            }
            return null;
        }
        if (l instanceof TupleObject lt && l.type() == Types.TUPLE && op == BinaryOp.ADD && r instanceof TupleObject rt2 && r.type() == Types.TUPLE) {
            List<PyObject> items = new ArrayList<>();
            for (int i = 0; i < lt.size(); i++) {
                items.add(lt.get(i));
            }
            for (int i = 0; i < rt2.size(); i++) {
                items.add(rt2.get(i));
            }
            return heap.newTuple(items);
        }
        return null;
    }

    /** PyLong_AsDouble: OverflowError "int too large to convert to float" beyond the float range. */
    static double toDouble(PyRuntime rt, BigInteger i) {
        double d = i.doubleValue();
        if (Double.isInfinite(d)) {
            throw rt.raise(ExceptionTypes.OVERFLOW_ERROR, "int too large to convert to float");
        }
        return d;
    }

    static BigInteger asInt(Object v) {
        if (v instanceof BigInteger i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    static Double asFloat(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = asInt(v);
        return i == null ? null : i.doubleValue();
    }

    private static PyObject intOp(PyRuntime rt, BinaryOp op, BigInteger a, BigInteger b) {
        if (a.bitLength() < 63 && b.bitLength() < 63) {
            PyObject r = smallIntOp(rt, op, a.longValue(), b.longValue());
            if (r != null) {
                return r;
            }
        }
        Heap heap = rt.heap;
        switch (op) {
            case ADD:
                return rt.vm.builtinMethods.newInt(a.add(b));
            case SUB:
                return rt.vm.builtinMethods.newInt(a.subtract(b));
            case MUL:
                return rt.vm.builtinMethods.newInt(a.multiply(b));
            case TRUEDIV:
                if (b.signum() == 0) {
                    throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, "division by zero");
                }
                return heap.newFloat(new java.math.BigDecimal(a).divide(new java.math.BigDecimal(b), java.math.MathContext.DECIMAL128).doubleValue());
            case FLOORDIV: {
                if (b.signum() == 0) {
                    throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, "integer division or modulo by zero");
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return rt.vm.builtinMethods.newInt(q);
            }
            case MOD: {
                if (b.signum() == 0) {
                    throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, org.heapsim.version.Message.INT_MODULO_BY_ZERO.format(rt.policy.minor()));
                }
                BigInteger m = a.mod(b.abs());
                if (b.signum() < 0 && m.signum() != 0) {
                    m = m.add(b);
                }
                return rt.vm.builtinMethods.newInt(m);
            }
            case POW:
                if (b.signum() < 0) {
                    // long_pow with a negative exponent: float_pow of the two as floats
                    return floatOp(rt, op, toDouble(rt, a), toDouble(rt, b));
                }
                return rt.vm.builtinMethods.newInt(a.pow(b.intValueExact()));
            case LSHIFT:
                if (b.signum() < 0) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "negative shift count");
                }
                return rt.vm.builtinMethods.newInt(a.shiftLeft(b.intValueExact()));
            case RSHIFT:
                if (b.signum() < 0) {
                    throw rt.raise(ExceptionTypes.VALUE_ERROR, "negative shift count");
                }
                return rt.vm.builtinMethods.newInt(a.shiftRight(b.intValueExact()));
            case AND:
                return rt.vm.builtinMethods.newInt(a.and(b));
            case OR:
                return rt.vm.builtinMethods.newInt(a.or(b));
            case XOR:
                return rt.vm.builtinMethods.newInt(a.xor(b));
            default:
                return null;
        }
    }

    /**
     * intOp on operands below 2**62 in magnitude, in long arithmetic: the same results without
     * BigInteger; null for what it leaves to intOp (overflow, a zero divisor, other operators).
     */
    private static PyObject smallIntOp(PyRuntime rt, BinaryOp op, long a, long b) {
        BuiltinMethods m = rt.vm.builtinMethods;
        switch (op) {
            case ADD:
                return m.newInt(a + b);
            case SUB:
                return m.newInt(a - b);
            case MUL: {
                long hi = Math.multiplyHigh(a, b);
                long lo = a * b;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return m.newInt(lo);
                }
                return null;
            }
            case FLOORDIV:
                return b == 0 ? null : m.newInt(Math.floorDiv(a, b));
            case MOD:
                return b == 0 ? null : m.newInt(Math.floorMod(a, b));
            case AND:
                return m.newInt(a & b);
            case OR:
                return m.newInt(a | b);
            case XOR:
                return m.newInt(a ^ b);
            default:
                return null;
        }
    }

    private static PyObject floatOp(PyRuntime rt, BinaryOp op, double a, double b) {
        Heap heap = rt.heap;
        switch (op) {
            case ADD:
                return heap.newFloat(a + b);
            case SUB:
                return heap.newFloat(a - b);
            case MUL:
                return heap.newFloat(a * b);
            case TRUEDIV:
                if (b == 0) {
                    throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, "float division by zero");
                }
                return heap.newFloat(a / b);
            case FLOORDIV:
                if (b == 0) {
                    throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, org.heapsim.version.Message.FLOAT_FLOORDIV_BY_ZERO.format(rt.policy.minor()));
                }
                return heap.newFloat(Math.floor(a / b));
            case MOD: {
                if (b == 0) {
                    throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, org.heapsim.version.Message.FLOAT_MODULO_BY_ZERO.format(rt.policy.minor()));
                }
                double m = a % b;
                if (m != 0 && (m < 0) != (b < 0)) {
                    m += b;
                }
                return heap.newFloat(m);
            }
            case POW:
                // float_pow
                if (a == 0.0 && b < 0 && !Double.isInfinite(b)) {
                    throw rt.raise(ExceptionTypes.ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
                }
                if (a < 0 && b != Math.floor(b) && !Double.isInfinite(b) && !Double.isNaN(b)) {
                    throw new org.heapsim.heap.Unsupported("complex numbers (a negative number to a fractional power)");
                }
                return heap.newFloat(Math.pow(a, b));
            default:
                return null;
        }
    }

    static PyObject unary(PyRuntime rt, int op, PyObject v) {
        Object x = v instanceof AtomObject a ? a.value() : null;
        BigInteger i = asInt(x);
        if (i != null) {
            return switch (op) {
                case Op.UNARY_NEGATIVE -> rt.vm.builtinMethods.newInt(i.negate());
                case Op.UNARY_POSITIVE -> rt.vm.builtinMethods.newInt(i);
                default -> rt.vm.builtinMethods.newInt(i.not());
            };
        }
        if (x instanceof Double d && op != Op.UNARY_INVERT) {
            return rt.heap.newFloat(op == Op.UNARY_NEGATIVE ? -d : d);
        }
        String dunder = op == Op.UNARY_NEGATIVE ? "__neg__" : op == Op.UNARY_POSITIVE ? "__pos__" : "__invert__";
        PyObject f = Ops.typeLookupUser(rt, v.type(), dunder);
        if (f != null) {
            return rt.vm.call(f, new PyObject[] {v});
        }
        String sym = op == Op.UNARY_NEGATIVE ? "-" : op == Op.UNARY_POSITIVE ? "+" : "~";
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "bad operand type for unary " + sym + ": '" + Ops.typeName(v) + "'");
    }

    // ------------------------------------------------------------------ comparison

    static PyObject compare(PyRuntime rt, CompareOp op, PyObject l, PyObject r) {
        l = Proxies.unwrap(rt, l);
        r = Proxies.unwrap(rt, r);
        PyObject user = userCompare(rt, op, l, r);
        if (user != null) {
            return user;
        }
        PyObject seq = SequenceOps.richCompare(rt, op, l, r);
        if (seq != null) {
            return seq;
        }
        if ((op == CompareOp.EQ || op == CompareOp.NE) && l instanceof org.heapsim.weak.WeakRefObject wl && !wl.isProxy()
                && r instanceof org.heapsim.weak.WeakRefObject wr && !wr.isProxy()) {
            return WeakrefNatives.compare(rt, l, r, op);
        }
        Boolean sameMethod = (op == CompareOp.EQ || op == CompareOp.NE) ? ObjectModel.methodsEqual(l, r) : null;
        if (sameMethod != null) {
            return rt.heap.bool(sameMethod == (op == CompareOp.EQ));
        }
        Integer c = builtinCompare(rt, op, l, r);
        if (c == null) {
            if (op == CompareOp.EQ) {
                return rt.heap.bool(l == r);
            }
            if (op == CompareOp.NE) {
                return rt.heap.bool(l != r);
            }
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + op.symbol + "' not supported between instances of '"
                    + Ops.typeName(l) + "' and '" + Ops.typeName(r) + "'");
        }
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

    private static PyObject userCompare(PyRuntime rt, CompareOp op, PyObject l, PyObject r) {
        if (!hasUserType(l) && !hasUserType(r)) {
            return null;
        }
        Heap heap = rt.heap;
        boolean reflectFirst = r.type() != l.type() && r.type().isSubtypeOf(l.type()) && hasUserType(r);
        if (reflectFirst) {
            PyObject res = tryDunder(rt, r, op.reflected().dunder, l);
            if (res != null) {
                return res;
            }
        }
        PyObject res = tryDunder(rt, l, op.dunder, r);
        if (res != null) {
            return res;
        }
        if (!reflectFirst) {
            res = tryDunder(rt, r, op.reflected().dunder, l);
            if (res != null) {
                return res;
            }
        }
        if (op == CompareOp.NE) {
            PyObject eq = tryDunder(rt, l, "__eq__", r);
            if (eq != null) {
                boolean t = Ops.isTrue(rt, eq);
                heap.decref(eq);
                return heap.bool(!t);
            }
        }
        return null;
    }

    private static PyObject tryDunder(PyRuntime rt, PyObject self, String dunder, PyObject other) {
        PyObject f = Ops.typeLookupUser(rt, self.type(), dunder);
        if (f == null) {
            return null;
        }
        PyObject res = rt.vm.call(f, new PyObject[] {self, other});
        if (isNotImplemented(rt, res)) {
            rt.heap.decref(res);
            return null;
        }
        return res;
    }

    /** Ordering of built-in values: negative, zero, positive, or null when not comparable. */
    static Integer builtinCompare(PyRuntime rt, CompareOp op, PyObject l, PyObject r) {
        Object lv = l instanceof AtomObject a ? a.value() : null;
        Object rv = r instanceof AtomObject b ? b.value() : null;
        if (lv instanceof String ls && rv instanceof String rs) {
            return Integer.signum(compareCodePoints(ls, rs));
        }
        Double ld = asFloat(lv);
        Double rd = asFloat(rv);
        if (ld != null && rd != null) {
            BigInteger li = asInt(lv);
            BigInteger ri = asInt(rv);
            if (li != null && ri != null) {
                return li.compareTo(ri);
            }
            if (ld.isNaN() || rd.isNaN()) {
                return op == CompareOp.NE ? 1 : null;
            }
            return Double.compare(ld, rd) == 0 || ld.doubleValue() == rd.doubleValue() ? 0 : ld < rd ? -1 : 1;
        }
        if (l == r) {
            return op == CompareOp.EQ || op == CompareOp.NE ? 0 : null;
        }
        if ((l instanceof ListObject && r instanceof ListObject) || (l instanceof TupleObject && r instanceof TupleObject)) {
            return sequenceCompare(rt, op, l, r);
        }
        Integer sets = SetMethods.compare(rt, op, l, r);
        if (sets != null) {
            return sets;
        }
        Integer views = Views.compare(rt, op, l, r);
        if (views == null && Views.isSetLike(r) && l instanceof SetObject) {
            views = Views.compare(rt, op.reflected(), r, l);
            if (views != null) {
                views = -views;
            }
        }
        if (views != null) {
            return views;
        }
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            if (Ranges.isRange(l) && Ranges.isRange(r)) {
                return Ranges.equal(l, r) ? 0 : 1;
            }
            if (l instanceof org.heapsim.heap.MethodObject ml && r instanceof org.heapsim.heap.MethodObject mr) {
                // method_richcompare (3.8+): the same self, and equal functions
                return ml.self() == mr.self() && equal(rt, ml.function(), mr.function()) ? 0 : 1;
            }
            if (l instanceof DictObject ld2 && r instanceof DictObject rd2) {
                return dictEquals(rt, ld2, rd2) ? 0 : 1;
            }
            if (lv == null && rv == null && l instanceof AtomObject && r instanceof AtomObject) {
                return 0;
            }
            if (l instanceof SetObject ls && r instanceof SetObject rs) {
                return ls.size() == rs.size() && subset(rt, ls, rs) ? 0 : 1;
            }
            return 1;
        }
        return null;
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static Integer sequenceCompare(PyRuntime rt, CompareOp op, PyObject l, PyObject r) {
        int ln = (int) Ops.lengthOf(rt, l);
        int rn = (int) Ops.lengthOf(rt, r);
        for (int i = 0; i < Math.min(ln, rn); i++) {
            PyObject a = Subscripts.item(l, i);
            PyObject b = Subscripts.item(r, i);
            if (!equal(rt, a, b)) {
                if (op == CompareOp.EQ || op == CompareOp.NE) {
                    return 1;
                }
                PyObject lt = compare(rt, CompareOp.LT, a, b);
                boolean less = Ops.isTrue(rt, lt);
                rt.heap.decref(lt);
                return less ? -1 : 1;
            }
        }
        return Integer.compare(ln, rn);
    }

    static boolean equal(PyRuntime rt, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        PyObject r = compare(rt, CompareOp.EQ, a, b);
        try {
            return Ops.isTrue(rt, r);
        } finally {
            rt.heap.decref(r);
        }
    }

    private static boolean dictEquals(PyRuntime rt, DictObject a, DictObject b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.entrySlots(); i++) {
            PyObject k = a.keyAt(i);
            if (k == null) {
                continue;
            }
            // dict_equal: b looked up with a's stored hash; a's value on the left, both held during the comparison
            int slot = b.findKnownHash(rt.heap.keyOps(), k, rt.heap.dictHashAt(a, i));
            if (slot < 0) {
                return false;
            }
            PyObject av = a.valueAt(i);
            PyObject bv = b.valueAt(slot);
            rt.heap.incref(av);
            rt.heap.incref(bv);
            try {
                if (!equal(rt, av, bv)) {
                    return false;
                }
            } finally {
                rt.heap.decref(av);
                rt.heap.decref(bv);
            }
        }
        return true;
    }

    private static boolean subset(PyRuntime rt, SetObject a, SetObject b) {
        for (int i = 0; i < a.slots(); i++) {
            PyObject k = a.slotKey(i);
            if (k != null && !b.contains(rt.heap.keyOps(), k)) {
                return false;
            }
        }
        return true;
    }

    /** `is` for the cached and interned atoms that CPython shares. */
    static boolean sameAtom(PyObject a, PyObject b) {
        return false;
    }

    static boolean contains(PyRuntime rt, PyObject container, PyObject item) {
        container = Proxies.unwrap(rt, container);
        if (container instanceof DictObject d) {
            return rt.heap.getItem(d, item) != null;
        }
        if (container instanceof SetObject s) {
            return s.contains(rt.heap.keyOps(), item);
        }
        if (Ranges.isRange(container)) {
            return Ranges.contains(rt, container, item);
        }
        if (Views.isView(container)) {
            Boolean found = Views.contains(rt, container, item);
            if (found != null) {
                return found;
            }
        }
        if (container instanceof AtomObject a && a.value() instanceof String s) {
            if (!(item instanceof AtomObject b && b.value() instanceof String t)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "'in <string>' requires string as left operand, not " + Ops.typeName(item));
            }
            return s.contains(t);
        }
        PyObject f = Ops.typeLookupUser(rt, container.type(), "__contains__");
        if (f != null) {
            PyObject r = rt.vm.call(f, new PyObject[] {container, item});
            try {
                return Ops.isTrue(rt, r);
            } finally {
                rt.heap.decref(r);
            }
        }
        if (container instanceof ListObject || container instanceof TupleObject) {
            // list_contains / tuplecontains: identity, else __eq__ (3.8: the value on the left)
            boolean valueFirst = rt.policy.listContainsValueFirst();
            for (int i = 0; i < Ops.lengthOf(rt, container); i++) {
                PyObject el = Subscripts.item(container, i);
                if (el == item) {
                    return true;
                }
                rt.heap.incref(el);
                try {
                    if (valueFirst ? equal(rt, item, el) : equal(rt, el, item)) {
                        return true;
                    }
                } finally {
                    rt.heap.decref(el);
                }
            }
            return false;
        }
        return Iteration.containsByIteration(rt, container, item);
    }
}
