package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.List;

import org.heapsim.python.ast.ConstantValue;
import org.heapsim.python.ast.Ctx;
import org.heapsim.python.ast.Expr;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target, with the
 * messages of pegen's {@code _PyPegen_get_expr_name} / {@code invalid_assignment} rules.
 */
final class Targets {
    private Targets() {
    }

    /** Converts to Store; inAssign selects 3.10+'s "Maybe you meant '=='" suffix for plain '=' statements. */
    static Expr store(Expr e, SyntaxMessages messages, ParserBase parser, boolean inAssign) {
        if (e instanceof Expr.Starred s) {
            throw parser.errorAt(s.pos(), messages.starredMustBeInListOrTuple());
        }
        return convert(e, Ctx.Store, messages, parser, inAssign, true);
    }

    static Expr delete(Expr e, SyntaxMessages messages, ParserBase parser) {
        return convert(e, Ctx.Del, messages, parser, false, true);
    }

    private static Expr convert(Expr e, Ctx ctx, SyntaxMessages messages, ParserBase parser, boolean inAssign,
                                boolean top) {
        if (e instanceof Expr.Name n) {
            checkNotKeywordConstant(n, ctx, messages, parser);
            return n.withCtx(ctx);
        }
        if (e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return ((Expr.WithCtx) e).withCtx(ctx);
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(elements(t.elts(), ctx, messages, parser, inAssign), ctx, t.pos());
        }
        if (e instanceof Expr.ListExpr l) {
            return new Expr.ListExpr(elements(l.elts(), ctx, messages, parser, inAssign), ctx, l.pos());
        }
        if (e instanceof Expr.Starred s && ctx == Ctx.Store && !top) {
            return new Expr.Starred(convert(s.value(), ctx, messages, parser, inAssign, false), ctx, s.pos());
        }
        if ((e instanceof Expr.Yield || e instanceof Expr.YieldFrom) && ctx == Ctx.Store) {
            throw parser.errorAt(e.pos(), messages.assignToYield());
        }
        String what = describe(e, messages);
        if (ctx == Ctx.Del) {
            throw parser.errorAt(e.pos(), messages.cannotDelete(what));
        }
        throw parser.errorAt(e.pos(), messages.cannotAssign(what, inAssign && top));
    }

    private static List<Expr> elements(List<Expr> elts, Ctx ctx, SyntaxMessages messages, ParserBase parser,
                                       boolean inAssign) {
        List<Expr> out = new ArrayList<>();
        boolean seenStar = false;
        for (Expr elt : elts) {
            if (elt instanceof Expr.Starred && ctx == Ctx.Store) {
                if (seenStar) {
                    throw parser.errorAt(elts.get(0).pos().withEnd(elts.get(elts.size() - 1).pos()),
                            messages.multipleStarred());
                }
                seenStar = true;
            }
            out.add(convert(elt, ctx, messages, parser, inAssign, false));
        }
        return List.copyOf(out);
    }

    private static void checkNotKeywordConstant(Expr.Name n, Ctx ctx, SyntaxMessages messages, ParserBase parser) {
        if (n.id().equals("__debug__")) {
            throw parser.errorAt(n.pos(), ctx == Ctx.Del ? messages.cannotDelete("__debug__")
                    : messages.cannotAssign("__debug__", false));
        }
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String describe(Expr e, SyntaxMessages messages) {
        return e == null ? "expression" : describeNonNull(e, messages);
    }

    private static String describeNonNull(Expr e, SyntaxMessages messages) {
        if (e instanceof Expr.Attribute) {
            return "attribute";
        }
        if (e instanceof Expr.Subscript) {
            return "subscript";
        }
        if (e instanceof Expr.Starred) {
            return "starred";
        }
        if (e instanceof Expr.Name) {
            return "name";
        }
        if (e instanceof Expr.ListExpr) {
            return "list";
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) {
            return messages.minor() >= 10 ? "expression" : "operator";
        }
        if (e instanceof Expr.GeneratorExp) {
            return "generator expression";
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Expr.ListComp) {
            return "list comprehension";
        }
        if (e instanceof Expr.SetComp) {
            return "set comprehension";
        }
        if (e instanceof Expr.DictComp) {
            return "dict comprehension";
        }
        if (e instanceof Expr.Dict) {
            return messages.minor() >= 10 ? "dict literal" : "dict display";
        }
        if (e instanceof Expr.Set) {
            return "set display";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            if (v == ConstantValue.Singleton.NONE) {
                return "None";
            }
            if (v == ConstantValue.Singleton.ELLIPSIS) {
                return messages.minor() >= 9 ? "ellipsis" : "Ellipsis";
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            return "literal";
        }
        return "expression";
    }
}
