package org.heapsim.python.ast;

/** One name of an import; asname is null without {@code as}. name may be dotted or "*". */
public record Alias(String name, String asname, Pos pos) {
}
