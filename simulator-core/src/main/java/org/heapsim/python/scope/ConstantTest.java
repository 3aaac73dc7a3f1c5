package org.heapsim.python.scope;

import java.math.BigInteger;

import org.heapsim.python.ast.ConstantValue;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.UnaryOperator;

/**
 * The truth value of a test the compiler knows statically ({@code expr_constant} in 3.8/3.9's
 * {@code Python/compile.c}, after {@code Python/ast_opt.c} folded {@code __debug__} and {@code not}).
 */
final class ConstantTest {
    private ConstantTest() {
    }

    /** TRUE or FALSE when known at compile time, otherwise null. */
    static Boolean truth(Expr test) {
        if (test instanceof Expr.Name n && n.id().equals("__debug__")) {
            return Boolean.TRUE;
        }
        if (test instanceof Expr.UnaryOp u && u.op() == UnaryOperator.Not) {
            Boolean inner = truth(u.operand());
            return inner == null ? null : !inner;
        }
        if (test instanceof Expr.Constant c) {
            return truthOf(c.value());
        }
        return null;
    }

    private static Boolean truthOf(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == ConstantValue.Singleton.NONE) {
            return Boolean.FALSE;
        }
        if (v == ConstantValue.Singleton.ELLIPSIS) {
            return Boolean.TRUE;
        }
        if (v instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof ConstantValue.Imaginary im) {
            return im.imag() != 0.0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof ConstantValue.Bytes b) {
            return b.value().length > 0;
        }
        return null;
    }
}
