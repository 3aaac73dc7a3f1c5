package org.heapsim.python.compile;

import java.util.List;
import org.heapsim.python.ast.ExceptHandler;
import org.heapsim.python.ast.Stmt;

/** compile.c's find_ann: whether a module or class body has an annotated assignment (then it gets SETUP_ANNOTATIONS). */
final class Annotations {
    private Annotations() {
    }

    static boolean present(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = s instanceof Stmt.AnnAssign
                    || s instanceof Stmt.For f && (present(f.body()) || present(f.orelse()))
                    || s instanceof Stmt.While w && (present(w.body()) || present(w.orelse()))
                    || s instanceof Stmt.If i && (present(i.body()) || present(i.orelse()))
                    || s instanceof Stmt.With w && present(w.body())
                    || s instanceof Stmt.Try t && (present(t.body()) || present(t.orelse()) || present(t.finalbody())
                        || t.handlers().stream().map(ExceptHandler::body).anyMatch(Annotations::present));
            if (found) {
                return true;
            }
        }
        return false;
    }
}
