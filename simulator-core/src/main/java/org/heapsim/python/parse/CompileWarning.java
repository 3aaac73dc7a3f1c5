package org.heapsim.python.parse;

/**
 * A warning CPython emits while compiling, e.g. {@code "is" with a literal. Did you mean "=="?}.
 * CPython prints it as {@code FILE:LINE: CATEGORY: MESSAGE} followed by the stripped source line
 * indented by two spaces (3.9+ print the absolute path of the file).
 */
public record CompileWarning(Phase phase, String category, String message, int line, int col, String sourceLine) {

    /**
     * When CPython emits it: the parser's warnings (invalid escapes, 3.12+) all come before the
     * compiler's ({@code "is" with a literal}), because compilation starts after parsing ends.
     */
    public enum Phase { PARSER, COMPILER }

    /** The two lines CPython writes to stderr, given the file name as the warning machinery shows it. */
    public String format(String shownFileName) {
        return shownFileName + ":" + line + ": " + category + ": " + message + "\n  " + sourceLine.strip() + "\n";
    }
}
