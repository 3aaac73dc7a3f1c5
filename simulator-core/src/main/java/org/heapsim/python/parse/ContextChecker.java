package org.heapsim.python.parse;

import java.util.List;

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
 */
final class ContextChecker {
    private final Module module;
    private final SyntaxMessages messages;

    ContextChecker(Module module, SyntaxMessages messages) {
        this.module = module;
        this.messages = messages;
    }

    void check() {
        statements(module.body(), false, false);
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
        for (Expr child : ExprChildren.of(e)) {
            expr(child, inFunction);
        }
    }

    private PySyntaxError error(Pos pos, String message) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, message, module.fileName(), pos.line(), pos.col(),
                pos.endLine(), pos.endCol(), module.sourceLine(pos.line()));
    }
}
