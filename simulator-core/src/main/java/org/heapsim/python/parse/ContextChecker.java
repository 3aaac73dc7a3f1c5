package org.heapsim.python.parse;

import java.util.List;

import org.heapsim.python.ast.ConstantValue;
import org.heapsim.python.ast.ExceptHandler;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.ExprChildren;
import org.heapsim.python.ast.Module;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.ast.WithItem;

/**
 * The compiler's context errors ({@code Python/compile.c}): 'return'/'yield' outside function and
 * 'break'/'continue' outside loop. They are found after the symbol table is built, as in CPython.
 * Also the compiler's warnings about literals used as callables or containers (check_caller,
 * check_subscripter, check_index: "perhaps you missed a comma?").
 */
final class ContextChecker {
    private final Module module;
    private final SyntaxMessages messages;
    private final List<CompileWarning> warnings = new java.util.ArrayList<>();

    ContextChecker(Module module, SyntaxMessages messages) {
        this.module = module;
        this.messages = messages;
    }

    void check() {
        statements(module.body(), false, false);
    }

    /** The compiler's warnings found by {@link #check}, in the order the compiler meets them. */
    List<CompileWarning> warnings() {
        return warnings;
    }

    private void statements(List<Stmt> body, boolean inFunction, boolean inLoop) {
        for (Stmt s : body) {
            statement(s, inFunction, inLoop);
        }
    }

    private void statement(Stmt s, boolean inFunction, boolean inLoop) {
        if (s instanceof Stmt.FunctionDef f) {
            f.decoratorList().forEach(d -> expr(d, inFunction));
            f.args().defaults().forEach(d -> expr(d, inFunction));
            f.args().kwDefaults().forEach(d -> expr(d, inFunction));
            statements(f.body(), true, false);
        } else if (s instanceof Stmt.ClassDef c) {
            c.decoratorList().forEach(d -> expr(d, inFunction));
            c.bases().forEach(b -> expr(b, inFunction));
            c.keywords().forEach(k -> expr(k.value(), inFunction));
            statements(c.body(), false, false);
        } else if (s instanceof Stmt.Return r) {
            if (!inFunction) {
                throw error(r.pos(), messages.returnOutsideFunction());
            }
            expr(r.value(), inFunction);
        } else if (s instanceof Stmt.Break b) {
            if (!inLoop) {
                throw error(b.pos(), messages.breakOutsideLoop());
            }
        } else if (s instanceof Stmt.Continue c) {
            if (!inLoop) {
                throw error(c.pos(), messages.continueOutsideLoop());
            }
        } else if (s instanceof Stmt.For f) {
            expr(f.target(), inFunction);
            expr(f.iter(), inFunction);
            statements(f.body(), inFunction, true);
            statements(f.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.While w) {
            expr(w.test(), inFunction);
            statements(w.body(), inFunction, true);
            statements(w.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.If i) {
            expr(i.test(), inFunction);
            statements(i.body(), inFunction, inLoop);
            statements(i.orelse(), inFunction, inLoop);
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                expr(item.contextExpr(), inFunction);
                expr(item.optionalVars(), inFunction);
            }
            statements(w.body(), inFunction, inLoop);
        } else if (s instanceof Stmt.Try t) {
            statements(t.body(), inFunction, inLoop);
            for (ExceptHandler h : t.handlers()) {
                expr(h.type(), inFunction);
                statements(h.body(), inFunction, inLoop);
            }
            statements(t.orelse(), inFunction, inLoop);
            statements(t.finalbody(), inFunction, inLoop);
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value(), inFunction);
        } else if (s instanceof Stmt.Assign a) {
            a.targets().forEach(t -> expr(t, inFunction));
            expr(a.value(), inFunction);
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target(), inFunction);
            expr(a.value(), inFunction);
        } else if (s instanceof Stmt.AnnAssign a) {
            expr(a.target(), inFunction);
            expr(a.annotation(), inFunction);
            expr(a.value(), inFunction);
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(t -> expr(t, inFunction));
        } else if (s instanceof Stmt.Raise r) {
            expr(r.exc(), inFunction);
            expr(r.cause(), inFunction);
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test(), inFunction);
            expr(a.msg(), inFunction);
        }
    }

    private void expr(Expr e, boolean inFunction) {
        if (e == null) {
            return;
        }
        if ((e instanceof Expr.Yield || e instanceof Expr.YieldFrom) && !inFunction) {
            throw error(e.pos(), messages.yieldOutsideFunction());
        }
        if (e instanceof Expr.Lambda l) {
            l.args().defaults().forEach(d -> expr(d, inFunction));
            l.args().kwDefaults().forEach(d -> expr(d, inFunction));
            expr(l.body(), true);
            return;
        }
        if (e instanceof Expr.Call c) {
            checkCaller(c.func(), c.pos());
        } else if (e instanceof Expr.Subscript s && s.ctx() == org.heapsim.python.ast.Ctx.Load) {
            checkSubscripter(s.value(), s.pos());
            checkIndex(s.value(), s.slice(), s.pos());
        }
        for (Expr child : ExprChildren.of(e)) {
            expr(child, inFunction);
        }
    }

    /** check_caller: a display, comprehension, f-string or constant called. */
    private void checkCaller(Expr func, Pos at) {
        if (func instanceof Expr.Constant || func instanceof Expr.Tuple || func instanceof Expr.ListExpr
                || func instanceof Expr.ListComp || func instanceof Expr.Dict || func instanceof Expr.DictComp
                || func instanceof Expr.Set || func instanceof Expr.SetComp || func instanceof Expr.GeneratorExp
                || func instanceof Expr.JoinedStr || func instanceof Expr.FormattedValue) {
            warn("'" + inferType(func) + "' object is not callable; perhaps you missed a comma?", at);
        }
    }

    /** check_subscripter: a constant that has no __getitem__, a set, a generator or a lambda indexed. */
    private void checkSubscripter(Expr value, Pos at) {
        if (value instanceof Expr.Constant k) {
            Object v = k.value();
            if (!(v == ConstantValue.Singleton.NONE || v == ConstantValue.Singleton.ELLIPSIS
                    || v instanceof java.math.BigInteger || v instanceof Boolean || v instanceof Double
                    || v instanceof ConstantValue.Imaginary)) {
                return;
            }
        } else if (!(value instanceof Expr.Set || value instanceof Expr.SetComp || value instanceof Expr.GeneratorExp
                || value instanceof Expr.Lambda)) {
            return;
        }
        warn("'" + inferType(value) + "' object is not subscriptable; perhaps you missed a comma?", at);
    }

    /** check_index: a sequence literal indexed by a literal that is not an int or a slice. */
    private void checkIndex(Expr value, Expr index, Pos at) {
        String indexType = inferType(index);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || index instanceof Expr.Slice) {
            return;
        }
        if (value instanceof Expr.Constant k) {
            Object v = k.value();
            if (!(v instanceof String || v instanceof ConstantValue.Bytes)) {
                return;
            }
        } else if (!(value instanceof Expr.Tuple || value instanceof Expr.ListExpr || value instanceof Expr.ListComp
                || value instanceof Expr.JoinedStr || value instanceof Expr.FormattedValue)) {
            return;
        }
        warn(inferType(value) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?", at);
    }

    /** infer_type: the type a literal expression evaluates to, or null. */
    private static String inferType(Expr e) {
        if (e instanceof Expr.Tuple) {
            return "tuple";
        } else if (e instanceof Expr.ListExpr || e instanceof Expr.ListComp) {
            return "list";
        } else if (e instanceof Expr.Dict || e instanceof Expr.DictComp) {
            return "dict";
        } else if (e instanceof Expr.Set || e instanceof Expr.SetComp) {
            return "set";
        } else if (e instanceof Expr.GeneratorExp) {
            return "generator";
        } else if (e instanceof Expr.Lambda) {
            return "function";
        } else if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "str";
        } else if (e instanceof Expr.Slice) {
            return "slice";
        } else if (e instanceof Expr.Constant k) {
            Object v = k.value();
            return v == ConstantValue.Singleton.NONE ? "NoneType"
                    : v == ConstantValue.Singleton.ELLIPSIS ? "ellipsis"
                    : v instanceof Boolean ? "bool"
                    : v instanceof java.math.BigInteger ? "int"
                    : v instanceof Double ? "float"
                    : v instanceof ConstantValue.Imaginary ? "complex"
                    : v instanceof String ? "str"
                    : v instanceof ConstantValue.Bytes ? "bytes" : null;
        }
        return null;
    }

    private void warn(String message, Pos at) {
        warnings.add(new CompileWarning(CompileWarning.Phase.COMPILER, "SyntaxWarning", message, at.line(), at.col(),
                module.sourceLine(at.line())));
    }

    private PySyntaxError error(Pos pos, String message) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, message, module.fileName(), pos.line(), pos.col(),
                pos.endLine(), pos.endCol(), module.sourceLine(pos.line()));
    }
}
