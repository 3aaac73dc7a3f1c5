package org.heapsim.python.ast;

import java.util.List;

/** One {@code for target in iter if ...} clause of a comprehension ({@code async for} is rejected). */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs) {
}
