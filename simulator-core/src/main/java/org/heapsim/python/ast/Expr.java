package org.heapsim.python.ast;

import java.util.List;

/**
 * Expression nodes, mirroring CPython's {@code expr} in {@code Parser/Python.asdl} (3.11 shapes).
 * Optional children are {@code null}. Lists are unmodifiable.
 */
public sealed interface Expr {

    Pos pos();

    /** Nodes that CPython gives an {@code expr_context}. */
    sealed interface WithCtx extends Expr {
        Ctx ctx();

        Expr withCtx(Ctx ctx);
    }

    record BoolOp(BoolOperator op, List<Expr> values, Pos pos) implements Expr {
    }

    record NamedExpr(Expr target, Expr value, Pos pos) implements Expr {
    }

    record BinOp(Expr left, Operator op, Expr right, Pos pos) implements Expr {
    }

    record UnaryOp(UnaryOperator op, Expr operand, Pos pos) implements Expr {
    }

    record Lambda(Arguments args, Expr body, Pos pos) implements Expr {
    }

    record IfExp(Expr test, Expr body, Expr orelse, Pos pos) implements Expr {
    }

    /** A dict display; a {@code null} key marks a {@code **mapping} entry, as in CPython. */
    record Dict(List<Expr> keys, List<Expr> values, Pos pos) implements Expr {
    }

    record Set(List<Expr> elts, Pos pos) implements Expr {
    }

    record ListComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record SetComp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record DictComp(Expr key, Expr value, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record GeneratorExp(Expr elt, List<Comprehension> generators, Pos pos) implements Expr {
    }

    record Yield(Expr value, Pos pos) implements Expr {
    }

    record YieldFrom(Expr value, Pos pos) implements Expr {
    }

    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Pos pos) implements Expr {
    }

    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Pos pos) implements Expr {
    }

    /** conversion is -1 (none) or the code point of 's', 'r' or 'a', as in CPython. */
    record FormattedValue(Expr value, int conversion, Expr formatSpec, Pos pos) implements Expr {
    }

    record JoinedStr(List<Expr> values, Pos pos) implements Expr {
    }

    /**
     * value is one of BigInteger, Double, String, Boolean, {@link ConstantValue.Bytes},
     * {@link ConstantValue.Imaginary}, {@link ConstantValue.Singleton}; kind is "u" for u'' strings, else null.
     */
    record Constant(Object value, String kind, Pos pos) implements Expr {
    }

    record Attribute(Expr value, String attr, Ctx ctx, Pos pos) implements WithCtx {
        public Attribute withCtx(Ctx c) {
            return new Attribute(value, attr, c, pos);
        }
    }

    record Subscript(Expr value, Expr slice, Ctx ctx, Pos pos) implements WithCtx {
        public Subscript withCtx(Ctx c) {
            return new Subscript(value, slice, c, pos);
        }
    }

    record Starred(Expr value, Ctx ctx, Pos pos) implements WithCtx {
        public Starred withCtx(Ctx c) {
            return new Starred(value, c, pos);
        }
    }

    record Name(String id, Ctx ctx, Pos pos) implements WithCtx {
        public Name withCtx(Ctx c) {
            return new Name(id, c, pos);
        }
    }

    record ListExpr(List<Expr> elts, Ctx ctx, Pos pos) implements WithCtx {
        public ListExpr withCtx(Ctx c) {
            return new ListExpr(elts, c, pos);
        }
    }

    record Tuple(List<Expr> elts, Ctx ctx, Pos pos) implements WithCtx {
        public Tuple withCtx(Ctx c) {
            return new Tuple(elts, c, pos);
        }
    }

    /** Only legal directly inside a subscript (possibly within a Tuple there). */
    record Slice(Expr lower, Expr upper, Expr step, Pos pos) implements Expr {
    }
}
