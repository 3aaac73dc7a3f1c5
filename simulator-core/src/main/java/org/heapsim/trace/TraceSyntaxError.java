package org.heapsim.trace;

/** A malformed trace line: reported as {@code FILE:LINE:COL: message}, exit status 2. */
public final class TraceSyntaxError extends Exception {
    private final int line;
    private final int col;

    public TraceSyntaxError(int line, int col, String message) {
        super(message, null, false, false);
        this.line = line;
        this.col = col;
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }

    public String format(String file) {
        return file + ":" + line + ":" + col + ": " + getMessage();
    }
}
