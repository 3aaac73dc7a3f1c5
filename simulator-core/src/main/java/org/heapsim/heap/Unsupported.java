package org.heapsim.heap;

/**
 * Something CPython does that heapsim does not simulate yet. It is reported as
 * "... is not supported" with exit status 2, never guessed at.
 */
public final class Unsupported extends RuntimeException {
    private final String what;
    private final String fileName;
    private final int line;
    private final int col;

    public Unsupported(String what) {
        this(what, null, 0, 0);
    }

    private Unsupported(String what, String fileName, int line, int col) {
        super(what + " is not supported", null, false, false);
        this.what = what;
        this.fileName = fileName;
        this.line = line;
        this.col = col;
    }

    /** This, located at the instruction that ran into it (kept when already located deeper). */
    public Unsupported locatedAt(String file, int atLine) {
        return locatedAt(file, atLine, 0);
    }

    /** As above, with the 1-based column of the expression that ran into it (0 when not known). */
    public Unsupported locatedAt(String file, int atLine, int atCol) {
        return fileName != null ? this : new Unsupported(what, file, atLine, atCol);
    }

    /** Its 1-based column, or 0 when not known. */
    public int col() {
        return col;
    }

    /** The file of the code that ran into it, or null when not known. */
    public String fileName() {
        return fileName;
    }

    /** Its line, or 0 when not known. */
    public int line() {
        return line;
    }

    /** The construct, as the message names it before "is not supported". */
    public String what() {
        return what;
    }
}
