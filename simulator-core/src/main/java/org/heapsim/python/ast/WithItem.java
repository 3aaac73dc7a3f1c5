package org.heapsim.python.ast;

/** One {@code expr [as target]} of a with statement; optionalVars is null without {@code as}. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
