package org.heapsim.python.parse;

/**
 * Valid Python that heapsim does not simulate ({@code async def}, {@code match}, ...). The CLI
 * prints {@code heapsim: prog.py:12:5: 'async def' is not supported} and exits with status 2.
 */
public final class UnsupportedSyntax extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String fileName;
    private final int line;
    private final int col;
    private final String construct;

    public UnsupportedSyntax(String fileName, int line, int col, String construct) {
        super(fileName + ":" + line + ":" + col + ": " + construct + " is not supported");
        this.fileName = fileName;
        this.line = line;
        this.col = col;
        this.construct = construct;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int col() {
        return col;
    }

    /** The construct as quoted in the message, e.g. {@code 'async def'}. */
    public String construct() {
        return construct;
    }
}
