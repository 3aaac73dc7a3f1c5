package org.heapsim.python.parse;

import java.util.function.BiConsumer;

import org.heapsim.python.ast.CmpOp;
import org.heapsim.python.ast.ConstantValue;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.ast.UnaryOperator;

/**
 * The {@code "is" with a literal} SyntaxWarning of {@code Python/compile.c} (check_compare /
 * check_is_arg). CPython checks after constant folding, so {@code -1} and {@code (1, 2)} count as
 * literals while None, True, False and Ellipsis do not.
 */
final class LiteralCheck {
    private LiteralCheck() {
    }

    static void warnIsLiteral(Expr.Compare cmp, SyntaxMessages messages, BiConsumer<String, Pos> warn) {
        Expr left = cmp.left();
        for (int i = 0; i < cmp.ops().size(); i++) {
            CmpOp op = cmp.ops().get(i);
            Expr right = cmp.comparators().get(i);
            if (op == CmpOp.Is || op == CmpOp.IsNot) {
                Expr literal = foldsToLiteral(left) ? left : foldsToLiteral(right) ? right : null;
                if (literal != null) {
                    warn.accept(messages.isLiteralWarning(op == CmpOp.IsNot, typeName(literal)), cmp.pos());
                    return;
                }
            }
            left = right;
        }
    }

    private static boolean foldsToLiteral(Expr e) {
        return isConstant(e) && !(e instanceof Expr.Constant c && (c.value() instanceof Boolean
                || c.value() instanceof ConstantValue.Singleton));
    }

    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Constant) {
            return true;
        }
        if (e instanceof Expr.UnaryOp u && u.op() != UnaryOperator.Not) {
            return u.operand() instanceof Expr.Constant c && isNumber(c.value());
        }
        if (e instanceof Expr.Tuple t) {
            return t.elts().stream().allMatch(LiteralCheck::isConstant);
        }
        return false;
    }

    private static boolean isNumber(Object v) {
        return v instanceof java.math.BigInteger || v instanceof Double || v instanceof ConstantValue.Imaginary
                || v instanceof Boolean;
    }

    private static String typeName(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.UnaryOp u) {
            return typeName(u.operand());
        }
        Object v = ((Expr.Constant) e).value();
        if (v instanceof java.math.BigInteger) {
            return "int";
        }
        if (v instanceof Double) {
            return "float";
        }
        if (v instanceof ConstantValue.Imaginary) {
            return "complex";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof ConstantValue.Bytes) {
            return "bytes";
        }
        return "object";
    }
}
