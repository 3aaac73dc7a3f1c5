package org.heapsim.python.parse;

/**
 * Renders a {@link PySyntaxError} as the interpreter prints it: {@code print_error_text} in
 * {@code Python/pythonrun.c} up to 3.12 (3.10 added {@code ^^^} ranges), and
 * {@code TracebackException._format_syntax_error} in {@code Lib/traceback.py} from 3.13.
 */
final class SyntaxErrorFormatter {
    private SyntaxErrorFormatter() {
    }

    static String format(PySyntaxError e, String fileName, int minor) {
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(fileName).append("\", line ").append(e.line()).append('\n');
        String text = e.sourceLine() == null ? "" : e.sourceLine() + "\n";
        if (minor == 8) {
            legacyErrorText(out, e.col(), text);
        } else if (minor <= 12) {
            errorText(out, e, text, minor);
        } else {
            tracebackErrorText(out, e, text);
        }
        return out.append(e.kind()).append(": ").append(e.pyMessage()).append('\n').toString();
    }

    /** 3.8: one caret; the offset is adjusted while leading whitespace is stripped. */
    private static void legacyErrorText(StringBuilder out, int col, String text) {
        int offset = col;
        String t = text;
        if (offset > 0 && offset == t.length() && t.endsWith("\n")) {
            offset--;
        }
        int nl;
        while ((nl = t.indexOf('\n')) >= 0 && nl < offset) {
            offset -= nl + 1;
            t = t.substring(nl + 1);
        }
        int strip = leadingWhitespace(t);
        t = t.substring(strip);
        offset -= strip;
        out.append("    ").append(t);
        if (t.isEmpty() || !t.endsWith("\n")) {
            out.append('\n');
        }
        out.append("    ").append(" ".repeat(Math.max(0, offset - 1))).append("^\n");
    }

    /** 3.9-3.12: no caret left of the text; from 3.10 the caret repeats up to end_offset. */
    private static void errorText(StringBuilder out, PySyntaxError e, String text, int minor) {
        int lineSize = text.length();
        // IndentationError carries a range that only 3.13's Python-level printer shows
        int endOffset = minor >= 10 && e.kind() == PySyntaxError.Kind.SyntaxError ? e.endCol() : 0;
        if (e.endLine() > e.line()) {
            endOffset = lineSize;
        }
        if (endOffset > lineSize + 1) {
            endOffset = lineSize + 1;
        }
        int offset = e.col();
        int carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        offset--;
        int strip = leadingWhitespace(text);
        String t = text.substring(strip);
        offset -= strip;
        int len = t.endsWith("\n") ? t.length() - 1 : t.length();
        offset = Math.min(offset, len);
        int nl;
        while ((nl = t.indexOf('\n')) >= 0 && nl < offset) {
            t = t.substring(nl + 1);
            len -= nl + 1;
            offset -= nl + 1;
        }
        out.append("    ").append(t);
        if (!t.endsWith("\n") || len < t.length() - 1) {
            out.append('\n');
        }
        if (offset < 0) {
            return;
        }
        out.append("    ").append(" ".repeat(offset)).append("^".repeat(carets)).append('\n');
    }

    /** 3.13: Lib/traceback.py strips spaces (not tabs) from the text and clips both offsets to it. */
    private static void tracebackErrorText(StringBuilder out, PySyntaxError e, String text) {
        String rtext = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        int spaces = 0;
        while (spaces < rtext.length() && (rtext.charAt(spaces) == ' ' || rtext.charAt(spaces) == '\f')) {
            spaces++;
        }
        String ltext = rtext.substring(spaces);
        out.append("    ").append(ltext).append('\n');
        int offset = e.col();
        int endOffset = e.endCol() == 0 || e.endLine() > e.line() && e.endCol() <= 0 ? offset : e.endCol();
        if (e.endLine() > e.line()) {
            endOffset = text.length() + 1;
        }
        if (!text.isEmpty() && offset > text.length()) {
            offset = text.length() + 1;
        }
        if (!text.isEmpty() && endOffset > text.length()) {
            endOffset = text.length() + 1;
        }
        if (offset >= endOffset || endOffset < 0) {
            endOffset = offset + 1;
        }
        int colno = offset - 1 - spaces;
        int endColno = endOffset - 1 - spaces;
        if (colno >= 0) {
            StringBuilder caretSpace = new StringBuilder();
            for (int i = 0; i < colno && i < ltext.length(); i++) {
                char c = ltext.charAt(i);
                caretSpace.append(Character.isWhitespace(c) ? c : ' ');
            }
            caretSpace.append(" ".repeat(Math.max(0, colno - ltext.length())));
            out.append("    ").append(caretSpace).append("^".repeat(Math.max(0, endColno - colno))).append('\n');
        }
    }

    private static int leadingWhitespace(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }
}
