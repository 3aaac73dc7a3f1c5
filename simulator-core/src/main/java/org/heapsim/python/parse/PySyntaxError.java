package org.heapsim.python.parse;

/**
 * A compile-time error as CPython reports it: the Python exception class ({@link Kind}), the
 * message, the 1-based line and column (CPython's {@code lineno}/{@code offset}), optional end
 * positions (0 when CPython has none) and the offending source line.
 */
public final class PySyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;


    /** The Python exception class CPython raises. */
    public enum Kind { SyntaxError, IndentationError, TabError }

    private final Kind kind;
    private final String pyMessage;
    private final String fileName;
    private final int line;
    private final int col;
    private final int endLine;
    private final int endCol;
    private final String sourceLine;

    public PySyntaxError(Kind kind, String pyMessage, String fileName, int line, int col, int endLine, int endCol,
                         String sourceLine) {
        super(fileName + ":" + line + ":" + col + ": " + kind + ": " + pyMessage);
        this.kind = kind;
        this.pyMessage = pyMessage;
        this.fileName = fileName;
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
        this.sourceLine = sourceLine;
    }

    public Kind kind() {
        return kind;
    }

    /** The message without the class name, e.g. {@code expected ':'}. */
    public String pyMessage() {
        return pyMessage;
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

    public int endLine() {
        return endLine;
    }

    public int endCol() {
        return endCol;
    }

    /** The offending line without its line terminator, or null when the error lies past the end of the file. */
    public String sourceLine() {
        return sourceLine;
    }

    /** What CPython writes to stderr for this error when the script is named shownFileName. */
    public String format(String shownFileName, int minor) {
        return SyntaxErrorFormatter.format(this, shownFileName, minor);
    }

    /** The last line CPython prints, e.g. {@code SyntaxError: expected ':'}. */
    public String lastLine() {
        return kind + ": " + pyMessage;
    }
}
