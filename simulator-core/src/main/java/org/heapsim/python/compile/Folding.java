package org.heapsim.python.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.python.ast.ConstantValue;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Operator;
import org.heapsim.python.vm.ConstantObjects;

/**
 * CPython's AST optimizer ({@code Python/ast_opt.c}: fold_binop, fold_unaryop, fold_tuple,
 * fold_subscr and their safe_* size limits), asked lazily: {@link #constantOf} says which value
 * an expression folds to, or null. A folded expression becomes one LOAD_CONST, so its value
 * is a code constant and is never allocated at run time, as in CPython.
 */
final class Folding {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final BigInteger EXACT_DOUBLE_LIMIT = BigInteger.ONE.shiftLeft(53);

    private Folding() {
    }

    /** The constant value e folds to, or null when it is not constant. */
    static Object constantOf(Expr e) {
        try {
            if (e instanceof Expr.Constant c) {
                return c.value();
            }
            if (e instanceof Expr.Tuple t && t.ctx() == org.heapsim.python.ast.Ctx.Load) {
                return tupleOf(t.elts());
            }
            if (e instanceof Expr.UnaryOp u) {
                return unary(u);
            }
            if (e instanceof Expr.BinOp b) {
                return binary(b);
            }
            if (e instanceof Expr.Subscript s && s.ctx() == org.heapsim.python.ast.Ctx.Load) {
                return subscript(s);
            }
            return null;
        } catch (ArithmeticException | IndexOutOfBoundsException ex) {
            return null; // fold_binop clears the error and leaves the expression alone
        }
    }

    /** A tuple of the elements' constants, or null if one is not constant (make_const_tuple). */
    static List<Object> tupleOf(List<Expr> elts) {
        List<Object> out = new ArrayList<>();
        for (Expr x : elts) {
            Object v = constantOf(x);
            if (v == null) {
                return null;
            }
            out.add(v);
        }
        return List.copyOf(out);
    }

    /** fold_iter: a constant list becomes a tuple, a constant set a frozenset. */
    static Object iterConstant(Expr e) {
        if (e instanceof Expr.ListExpr l) {
            return tupleOf(l.elts());
        }
        if (e instanceof Expr.Set s) {
            List<Object> items = tupleOf(s.elts());
            return items == null ? null : new ConstantObjects.FrozenSetConstant(items);
        }
        return null;
    }

    private static Object unary(Expr.UnaryOp u) {
        Object v = constantOf(u.operand());
        if (v == null) {
            return null;
        }
        return switch (u.op()) {
            case Not -> !isTrue(v);
            case USub -> v instanceof Double d ? (Object) (-d) : (intOf(v) != null ? intOf(v).negate() : null);
            case UAdd -> v instanceof Double d ? d : intOf(v);
            case Invert -> intOf(v) != null ? intOf(v).not() : null;
        };
    }

    static boolean isTrue(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof ConstantValue.Bytes b) {
            return b.value().length > 0;
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof ConstantObjects.FrozenSetConstant f) {
            return !f.items().isEmpty();
        }
        return v != ConstantValue.Singleton.NONE;
    }

    /** An int (bools are ints) or null. */
    private static BigInteger intOf(Object v) {
        if (v instanceof BigInteger i) {
            return i;
        }
        if (v instanceof Boolean b) {
            return b ? BigInteger.ONE : BigInteger.ZERO;
        }
        return null;
    }

    private static Double floatOf(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger i = intOf(v);
        if (i != null && i.abs().compareTo(EXACT_DOUBLE_LIMIT) <= 0) {
            return i.doubleValue();
        }
        return null;
    }

    private static Object binary(Expr.BinOp b) {
        Object l = constantOf(b.left());
        if (l == null) {
            return null;
        }
        Object r = constantOf(b.right());
        if (r == null) {
            return null;
        }
        BigInteger li = intOf(l);
        BigInteger ri = intOf(r);
        boolean ints = li != null && ri != null;
        boolean floats = !ints && (l instanceof Double || r instanceof Double) && floatOf(l) != null && floatOf(r) != null;
        Operator op = b.op();
        switch (op) {
            case Add:
                if (ints) {
                    return li.add(ri);
                }
                if (floats) {
                    return floatOf(l) + floatOf(r);
                }
                if (l instanceof String x && r instanceof String y) {
                    return x + y;
                }
                if (l instanceof List<?> x && r instanceof List<?> y) {
                    List<Object> out = new ArrayList<>(x);
                    out.addAll(y);
                    return List.copyOf(out);
                }
                return null;
            case Sub:
                return ints ? li.subtract(ri) : floats ? (Object) (floatOf(l) - floatOf(r)) : null;
            case Mult:
                return multiply(l, r, li, ri, ints, floats);
            case Div:
                if (ints && ri.signum() != 0 && floatOf(l) != null && floatOf(r) != null) {
                    return floatOf(l) / floatOf(r);
                }
                if (floats && floatOf(r) != 0.0) {
                    return floatOf(l) / floatOf(r);
                }
                return null;
            case FloorDiv:
                return ints && ri.signum() != 0 ? floorDiv(li, ri) : null;
            case Mod:
                // safe_mod: no string formatting at compile time; float modulo is left to run time
                return ints && ri.signum() != 0 ? li.subtract(floorDiv(li, ri).multiply(ri)) : null;
            case Pow:
                if (ints && ri.signum() >= 0) {
                    if (li.signum() != 0 && ri.signum() > 0 && li.bitLength() > MAX_INT_SIZE / Math.max(1, ri.intValueExact())) {
                        return null;
                    }
                    return li.pow(ri.intValueExact());
                }
                return null;
            case LShift:
                if (ints && ri.signum() >= 0) {
                    if (li.signum() != 0 && ri.signum() != 0
                            && (ri.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0 || li.bitLength() > MAX_INT_SIZE - ri.intValue())) {
                        return null;
                    }
                    return li.shiftLeft(ri.intValueExact());
                }
                return null;
            case RShift:
                return ints && ri.signum() >= 0 ? li.shiftRight(ri.min(BigInteger.valueOf(1L << 20)).intValue()) : null;
            case BitAnd:
            case BitOr:
            case BitXor:
                if (!ints) {
                    return null;
                }
                BigInteger v = op == Operator.BitAnd ? li.and(ri) : op == Operator.BitOr ? li.or(ri) : li.xor(ri);
                if (l instanceof Boolean && r instanceof Boolean) {
                    return v.signum() != 0; // bool & bool is a bool
                }
                return v;
            default:
                return null;
        }
    }

    private static Object multiply(Object l, Object r, BigInteger li, BigInteger ri, boolean ints, boolean floats) {
        if (ints) {
            if (li.signum() != 0 && ri.signum() != 0 && li.bitLength() + ri.bitLength() > MAX_INT_SIZE) {
                return null;
            }
            return li.multiply(ri);
        }
        if (floats) {
            return floatOf(l) * floatOf(r);
        }
        BigInteger n = li != null ? li : ri;
        Object seq = li != null ? r : l;
        if (n == null) {
            return null;
        }
        if (seq instanceof String s) {
            int size = s.codePointCount(0, s.length());
            if (size == 0) {
                return "";
            }
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_STR_SIZE / size)) > 0) {
                return null;
            }
            return s.repeat(n.intValue());
        }
        if (seq instanceof List<?> t) {
            if (t.isEmpty()) {
                return List.of();
            }
            if (n.signum() < 0 || n.compareTo(BigInteger.valueOf(MAX_COLLECTION_SIZE / t.size())) > 0) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < n.intValue(); i++) {
                out.addAll(t);
            }
            return List.copyOf(out);
        }
        return null;
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static Object subscript(Expr.Subscript s) {
        Object v = constantOf(s.value());
        if (v == null) {
            return null;
        }
        Object k = constantOf(s.slice());
        BigInteger i = k == null ? null : intOf(k);
        if (i == null) {
            return null;
        }
        if (v instanceof String str) {
            int[] cps = str.codePoints().toArray();
            int at = index(i, cps.length);
            return at < 0 ? null : new String(cps, at, 1);
        }
        if (v instanceof List<?> t) {
            int at = index(i, t.size());
            return at < 0 ? null : t.get(at);
        }
        if (v instanceof ConstantValue.Bytes b) {
            int at = index(i, b.value().length);
            return at < 0 ? null : BigInteger.valueOf(b.value()[at] & 0xff);
        }
        return null;
    }

    private static int index(BigInteger i, int size) {
        long at = i.longValue();
        if (i.bitLength() > 31) {
            return -1;
        }
        if (at < 0) {
            at += size;
        }
        return at >= 0 && at < size ? (int) at : -1;
    }
}
