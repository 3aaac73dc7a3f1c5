package org.heapsim.python.ast;

import java.util.ArrayList;
import java.util.List;

/** The direct sub-expressions of an expression, in CPython's field order (nulls skipped). */
public final class ExprChildren {
    private ExprChildren() {
    }

    public static List<Expr> of(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.BoolOp n) {
            out.addAll(n.values());
        } else if (e instanceof Expr.NamedExpr n) {
            out.add(n.target());
            out.add(n.value());
        } else if (e instanceof Expr.BinOp n) {
            out.add(n.left());
            out.add(n.right());
        } else if (e instanceof Expr.UnaryOp n) {
            out.add(n.operand());
        } else if (e instanceof Expr.Lambda n) {
            addArguments(out, n.args());
            out.add(n.body());
        } else if (e instanceof Expr.IfExp n) {
            out.add(n.test());
            out.add(n.body());
            out.add(n.orelse());
        } else if (e instanceof Expr.Dict n) {
            for (int i = 0; i < n.keys().size(); i++) {
                add(out, n.keys().get(i));
                out.add(n.values().get(i));
            }
        } else if (e instanceof Expr.Set n) {
            out.addAll(n.elts());
        } else if (e instanceof Expr.ListComp n) {
            out.add(n.elt());
            addGenerators(out, n.generators());
        } else if (e instanceof Expr.SetComp n) {
            out.add(n.elt());
            addGenerators(out, n.generators());
        } else if (e instanceof Expr.DictComp n) {
            out.add(n.key());
            out.add(n.value());
            addGenerators(out, n.generators());
        } else if (e instanceof Expr.GeneratorExp n) {
            out.add(n.elt());
            addGenerators(out, n.generators());
        } else if (e instanceof Expr.Yield n) {
            add(out, n.value());
        } else if (e instanceof Expr.YieldFrom n) {
            out.add(n.value());
        } else if (e instanceof Expr.Compare n) {
            out.add(n.left());
            out.addAll(n.comparators());
        } else if (e instanceof Expr.Call n) {
            out.add(n.func());
            out.addAll(n.args());
            n.keywords().forEach(k -> out.add(k.value()));
        } else if (e instanceof Expr.FormattedValue n) {
            out.add(n.value());
            add(out, n.formatSpec());
        } else if (e instanceof Expr.JoinedStr n) {
            out.addAll(n.values());
        } else if (e instanceof Expr.Attribute n) {
            out.add(n.value());
        } else if (e instanceof Expr.Subscript n) {
            out.add(n.value());
            out.add(n.slice());
        } else if (e instanceof Expr.Starred n) {
            out.add(n.value());
        } else if (e instanceof Expr.ListExpr n) {
            out.addAll(n.elts());
        } else if (e instanceof Expr.Tuple n) {
            out.addAll(n.elts());
        } else if (e instanceof Expr.Slice n) {
            add(out, n.lower());
            add(out, n.upper());
            add(out, n.step());
        }
        return out;
    }

    private static void add(List<Expr> out, Expr e) {
        if (e != null) {
            out.add(e);
        }
    }

    private static void addGenerators(List<Expr> out, List<Comprehension> gens) {
        for (Comprehension g : gens) {
            out.add(g.target());
            out.add(g.iter());
            out.addAll(g.ifs());
        }
    }

    private static void addArguments(List<Expr> out, Arguments a) {
        out.addAll(a.defaults());
        a.kwDefaults().forEach(d -> add(out, d));
    }
}
