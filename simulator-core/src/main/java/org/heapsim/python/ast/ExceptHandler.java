package org.heapsim.python.ast;

import java.util.List;

/** An {@code except} clause; type and name are null for a bare {@code except:}. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, Pos pos) {
}
