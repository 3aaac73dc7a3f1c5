package org.heapsim.heap;

/**
 * Something CPython does that heapsim does not simulate yet. It is reported as
 * "... is not supported" with exit status 2, never guessed at.
 */
public final class Unsupported extends RuntimeException {
    private final String what;
    private final String fileName;
    private final int line;

    public Unsupported(String what) {
        this(what, null, 0);
    }

    private Unsupported(String what, String fileName, int line) {
        super(what + " is not supported", null, false, false);
        this.what = what;
        this.fileName = fileName;
        this.line = line;
    }

    /** This, located at the instruction that ran into it (kept when already located deeper). */
    public Unsupported locatedAt(String file, int atLine) {
        return fileName != null ? this : new Unsupported(what, file, atLine);
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
