package org.heapsim.python.ast;

/**
 * A source span. Lines are 1-based; columns are 1-based too (CPython's {@code col_offset} + 1),
 * counted in code points of the source line, so that error carets line up with what is printed.
 */
public record Pos(int line, int col, int endLine, int endCol) {

    public static Pos span(Pos start, Pos end) {
        return new Pos(start.line, start.col, end.endLine, end.endCol);
    }

    public Pos withEnd(Pos end) {
        return span(this, end);
    }

    /** CPython's 0-based col_offset. */
    public int colOffset() {
        return col - 1;
    }

    public int endColOffset() {
        return endCol - 1;
    }
}
