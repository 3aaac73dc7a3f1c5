package org.heapsim.python.ast;

/** A keyword argument in a call or class header; arg is null for {@code **mapping}. */
public record Keyword(String arg, Expr value, Pos pos) {
}
