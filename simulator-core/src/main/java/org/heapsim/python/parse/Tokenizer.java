package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Python's tokenizer, producing the tokens CPython 3.11's {@code tokenize} module produces
 * (and {@code Parser/tokenizer.c} underneath): NAME, NUMBER, STRING (an f-string is one STRING,
 * as before 3.12), OP, COMMENT, NEWLINE at the end of a logical line, NL for blank lines,
 * comment lines and line breaks inside brackets, INDENT and DEDENT, ENDMARKER. Positions are
 * 1-based lines and 0-based columns counted in code points.
 *
 * <p>Mirrors the pure-Python {@code Lib/tokenize.py} of 3.11 for the token stream, but stops
 * with a {@link TokenizeError} where {@code Parser/tokenizer.c} raises SyntaxError (an
 * unterminated string), instead of the ERRORTOKEN recovery of the tokenize module. This is the
 * first stage of the Python front end (issue 3); nothing runs its tokens yet.
 */
public final class Tokenizer {
    /** The token types of the tokenize module. */
    public enum Type { NAME, NUMBER, STRING, OP, COMMENT, NEWLINE, NL, INDENT, DEDENT, ENDMARKER, ERRORTOKEN }

    /** One token: its type, its text, and where it starts and ends. */
    public record Token(Type type, String text, int line, int col, int endLine, int endCol) {
    }

    /** Thrown for input the tokenizer cannot go on with (an unterminated string, bad dedent). */
    public static final class TokenizeError extends RuntimeException {
        private final int line;
        private final int col;

        TokenizeError(String message, int line, int col) {
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
    }

    // longest first, so that "**=" wins over "**" and "*"
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=",
        "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=",
    };

    private final int[][] lines; // code points of each physical line, newline included
    private final List<Token> out = new ArrayList<>();
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private int depth; // open brackets

    private Tokenizer(String source) {
        List<int[]> ls = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                ls.add(source.substring(start, i + 1).codePoints().toArray());
                start = i + 1;
            }
        }
        if (start < source.length()) {
            ls.add(source.substring(start).codePoints().toArray());
        }
        this.lines = ls.toArray(new int[0][]);
    }

    public static List<Token> tokenize(String source) {
        Tokenizer t = new Tokenizer(source.replace("\r\n", "\n"));
        t.run();
        return t.out;
    }

    private void run() {
        int ln = 0;
        boolean continued = false; // previous line ended with a backslash
        while (ln < lines.length) {
            int[] line = lines[ln];
            int pos = 0;
            if (depth == 0 && !continued) {
                int column = 0;
                while (pos < line.length && (line[pos] == ' ' || line[pos] == '\t' || line[pos] == '\f')) {
                    column = line[pos] == '\t' ? (column / 8 + 1) * 8 : line[pos] == '\f' ? 0 : column + 1;
                    pos++;
                }
                if (pos == line.length) {
                    break; // trailing whitespace without newline at the end of the file
                }
                int c = line[pos];
                if (c == '#' || c == '\n' || c == '\r') {
                    if (c == '#') {
                        int end = endOfComment(line, pos);
                        add(Type.COMMENT, line, pos, end, ln);
                        pos = end;
                    }
                    if (pos < line.length) {
                        add(Type.NL, line, pos, line.length, ln);
                    }
                    ln++;
                    continue;
                }
                indentTo(column, line, pos, ln);
            }
            continued = false;
            int[] result = scanLine(ln, pos);
            ln = result[0];
            continued = result[1] == 1;
        }
        finish();
    }

    private void indentTo(int column, int[] line, int pos, int ln) {
        int top = indents.get(indents.size() - 1);
        if (column > top) {
            indents.add(column);
            add(Type.INDENT, line, 0, pos, ln);
        } else {
            while (column < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                out.add(new Token(Type.DEDENT, "", ln + 1, pos, ln + 1, pos));
            }
            if (column != indents.get(indents.size() - 1)) {
                throw new TokenizeError("unindent does not match any outer indentation level", ln + 1, pos);
            }
        }
    }

    /** Scans the tokens of a physical line from pos; returns {next line index, 1 if continued}. */
    private int[] scanLine(int ln, int pos) {
        int[] line = lines[ln];
        while (pos < line.length) {
            int c = line[pos];
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '\n') {
                add(depth > 0 ? Type.NL : Type.NEWLINE, line, pos, pos + 1, ln);
                return new int[] {ln + 1, 0};
            } else if (c == '#') {
                int end = endOfComment(line, pos);
                add(Type.COMMENT, line, pos, end, ln);
                pos = end;
            } else if (c == '\\' && pos + 1 < line.length && line[pos + 1] == '\n') {
                return new int[] {ln + 1, 1};
            } else if (isStringStart(line, pos)) {
                return scanString(ln, pos);
            } else if (Character.isDigit(c) || (c == '.' && pos + 1 < line.length && Character.isDigit(line[pos + 1]))) {
                pos = scanNumber(line, pos, ln);
            } else if (isIdentifierStart(c)) {
                int end = pos + 1;
                while (end < line.length && isIdentifierPart(line[end])) {
                    end++;
                }
                add(Type.NAME, line, pos, end, ln);
                pos = end;
            } else {
                String op = operatorAt(line, pos);
                if (op == null) {
                    add(Type.ERRORTOKEN, line, pos, pos + 1, ln);
                    pos++;
                    continue;
                }
                if (op.equals("(") || op.equals("[") || op.equals("{")) {
                    depth++;
                } else if ((op.equals(")") || op.equals("]") || op.equals("}")) && depth > 0) {
                    depth--;
                }
                add(Type.OP, line, pos, pos + op.codePointCount(0, op.length()), ln);
                pos += op.length();
            }
        }
        // the file ends without a newline
        if (depth == 0) {
            out.add(new Token(Type.NEWLINE, "", ln + 1, pos, ln + 1, pos + 1));
        }
        return new int[] {ln + 1, 0};
    }

    private static int endOfComment(int[] line, int pos) {
        int end = pos;
        while (end < line.length && line[end] != '\n' && line[end] != '\r') {
            end++;
        }
        return end;
    }

    private static boolean isIdentifierStart(int c) {
        return c == '_' || Character.isLetter(c) || Character.getType(c) == Character.LETTER_NUMBER;
    }

    private static boolean isIdentifierPart(int c) {
        return isIdentifierStart(c) || Character.isDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || Character.getType(c) == Character.CONNECTOR_PUNCTUATION;
    }

    private static String operatorAt(int[] line, int pos) {
        for (String op : OPERATORS) {
            if (pos + op.length() <= line.length) {
                boolean match = true;
                for (int i = 0; i < op.length(); i++) {
                    if (line[pos + i] != op.charAt(i)) {
                        match = false;
                        break;
                    }
                }
                if (match) {
                    return op;
                }
            }
        }
        return null;
    }

    /** A string literal starts here: optional prefix (r, b, u, f and their pairs) and a quote. */
    private static boolean isStringStart(int[] line, int pos) {
        int i = pos;
        while (i < line.length && i - pos < 2 && "rRbBuUfF".indexOf(line[i]) >= 0) {
            i++;
        }
        if (i >= line.length || (line[i] != '\'' && line[i] != '"')) {
            return false;
        }
        String prefix = new String(line, pos, i - pos).toLowerCase();
        return prefix.isEmpty() || List.of("r", "b", "u", "f", "rb", "br", "fr", "rf").contains(prefix);
    }

    private int[] scanString(int ln, int pos) {
        int[] line = lines[ln];
        int i = pos;
        while ("rRbBuUfF".indexOf(line[i]) >= 0) {
            i++;
        }
        int quote = line[i];
        boolean triple = i + 2 < line.length && line[i + 1] == quote && line[i + 2] == quote;
        int startLn = ln;
        int startCol = pos;
        StringBuilder text = new StringBuilder();
        text.append(new String(line, pos, i - pos));
        int j = i + (triple ? 3 : 1);
        text.append(new String(line, i, j - i));
        while (true) {
            if (j >= line.length) {
                if (!triple) {
                    throw new TokenizeError("unterminated string literal", startLn + 1, startCol);
                }
                ln++;
                if (ln >= lines.length) {
                    throw new TokenizeError("unterminated triple-quoted string literal", startLn + 1, startCol);
                }
                line = lines[ln];
                j = 0;
                continue;
            }
            int c = line[j];
            if (c == '\\' && j + 1 < line.length) {
                text.appendCodePoint(c).appendCodePoint(line[j + 1]);
                j += 2;
                continue;
            }
            if (c == '\\' && j + 1 == line.length && ln + 1 < lines.length) {
                text.appendCodePoint(c);
                ln++;
                line = lines[ln];
                j = 0;
                continue;
            }
            if (c == '\n' && !triple) {
                throw new TokenizeError("unterminated string literal", startLn + 1, startCol);
            }
            if (c == quote && (!triple || (j + 2 < line.length && line[j + 1] == quote && line[j + 2] == quote))) {
                int len = triple ? 3 : 1;
                text.append(new String(line, j, len));
                j += len;
                out.add(new Token(Type.STRING, text.toString(), startLn + 1, startCol, ln + 1, j));
                return scanLine(ln, j); // the rest of the line the string ends on
            }
            text.appendCodePoint(c);
            j++;
        }
    }

    private int scanNumber(int[] line, int pos, int ln) {
        int i = pos;
        if (line[i] == '0' && i + 1 < line.length && "xXoObB".indexOf(line[i + 1]) >= 0) {
            i += 2;
            while (i < line.length && (Character.isLetterOrDigit(line[i]) || line[i] == '_')) {
                i++;
            }
        } else {
            while (i < line.length && (Character.isDigit(line[i]) || line[i] == '_')) {
                i++;
            }
            if (i < line.length && line[i] == '.') {
                i++;
                while (i < line.length && (Character.isDigit(line[i]) || line[i] == '_')) {
                    i++;
                }
            }
            if (i < line.length && (line[i] == 'e' || line[i] == 'E')) {
                int k = i + 1;
                if (k < line.length && (line[k] == '+' || line[k] == '-')) {
                    k++;
                }
                if (k < line.length && Character.isDigit(line[k])) {
                    i = k;
                    while (i < line.length && (Character.isDigit(line[i]) || line[i] == '_')) {
                        i++;
                    }
                }
            }
            if (i < line.length && (line[i] == 'j' || line[i] == 'J')) {
                i++;
            }
        }
        add(Type.NUMBER, line, pos, i, ln);
        return i;
    }

    private void add(Type type, int[] line, int from, int to, int ln) {
        out.add(new Token(type, new String(line, from, to - from), ln + 1, from, ln + 1, to));
    }

    private void finish() {
        int endLine = lines.length + 1;
        for (int i = indents.size() - 1; i > 0; i--) {
            out.add(new Token(Type.DEDENT, "", endLine, 0, endLine, 0));
        }
        out.add(new Token(Type.ENDMARKER, "", endLine, 0, endLine, 0));
    }
}
