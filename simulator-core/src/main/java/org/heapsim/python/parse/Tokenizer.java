package org.heapsim.python.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns source text into tokens, mirroring CPython's {@code Parser/tokenizer.c}: INDENT/DEDENT from
 * an indentation stack (tabs to multiples of 8, checked against a tab-size-1 "alt" stack for
 * TabError), NEWLINE only outside brackets, comments and blank lines dropped, string literals kept
 * whole (decoding is {@link StringDecoder}'s job). A tokenizer error does not throw: it becomes a
 * final ERRORTOKEN, because the parser may report an earlier error first, as CPython does.
 */
public final class Tokenizer {
    private static final int TAB_SIZE = 8;
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...",
        "!=", "->", ":=", "==", "<=", ">=", "**", "//", "<<", ">>",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">",
        "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    };

    private record OpenParen(char ch, int line, int col) {
    }

    private final String src;
    private final String fileName;
    private final SyntaxMessages messages;
    private final List<String> lines;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Integer> indents = new ArrayDeque<>();
    private final Deque<Integer> altIndents = new ArrayDeque<>();
    private final Deque<OpenParen> parens = new ArrayDeque<>();
    private final int lineOffset;
    private final int colOffset;
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean atLineStart = true;

    public Tokenizer(String src, String fileName, SyntaxMessages messages) {
        this(src, fileName, messages, 0, 0, false);
    }

    /**
     * A tokenizer for an f-string replacement field: positions are shifted so that they point into
     * the enclosing file, and the text is treated as if inside brackets (newlines are ignored).
     */
    Tokenizer(String src, String fileName, SyntaxMessages messages, int lineOffset, int colOffset, boolean inBrackets) {
        this.src = src;
        this.fileName = fileName;
        this.messages = messages;
        this.lines = splitLines(src);
        this.lineOffset = lineOffset;
        this.colOffset = colOffset;
        indents.push(0);
        altIndents.push(0);
        if (inBrackets) {
            parens.push(new OpenParen('(', 0, 0));
            atLineStart = false;
        }
    }

    public static List<String> splitLines(String src) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(src.substring(start, i));
                if (c == '\r' && i + 1 < src.length() && src.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < src.length()) {
            out.add(src.substring(start));
        }
        return out;
    }

    public List<Token> tokenize() {
        try {
            while (scanToken()) {
                // keep going until ENDMARKER
            }
        } catch (PySyntaxError e) {
            // errors tokenizer.c signals without raising, and (3.12+) errors inside f-strings, do not
            // replace a parser error found earlier (pegen's rest-of-file check)
            String text = e.kind() != PySyntaxError.Kind.SyntaxError
                    || e.pyMessage().equals(messages.afterLineContinuation())
                    || e.pyMessage().contains("f-string") ? Token.SILENT : "";
            tokens.add(new Token(TokenType.ERRORTOKEN, text, e.line(), e.col(), e.line(), e.col(), e));
        }
        return tokens;
    }

    private boolean scanToken() {
        if (atLineStart) {
            // a line that starts inside brackets has no indentation of its own, even when its
            // first token closes them
            atLineStart = false;
            if (parens.isEmpty() && handleIndentation()) {
                return true;
            }
        }
        skipWhitespace();
        if (isAtEnd()) {
            return finish();
        }
        char c = peek();
        if (c == '#') {
            while (!isAtEnd() && peek() != '\n' && peek() != '\r') {
                pos++;
            }
            return true;
        }
        if (c == '\\') {
            lineContinuation();
            return true;
        }
        if (c == '\n' || c == '\r') {
            newline();
            return true;
        }
        int start = pos;
        if (isIdentifierStart(c)) {
            return nameOrString(start);
        }
        if (isDigit(c) || (c == '.' && isDigit(peekAt(1)))) {
            number(start);
            return true;
        }
        if (c == '\'' || c == '"') {
            string(start, pos);
            return true;
        }
        operator(start);
        return true;
    }

    // ---- lines and indentation ------------------------------------------------------------

    /** Returns true if it consumed a blank/comment line (no tokens), mirroring tok_get's atbol block. */
    private boolean handleIndentation() {
        int col = 0;
        int altCol = 0;
        int start = pos;
        while (!isAtEnd()) {
            char c = peek();
            if (c == ' ') {
                col++;
                altCol++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                altCol++;
            } else if (c == '\f') {
                col = 0;
                altCol = 0;
            } else {
                break;
            }
            pos++;
        }
        if (isAtEnd() || peek() == '#' || peek() == '\n' || peek() == '\r') {
            return false;
        }
        int width = pos - start;
        if (col == indents.peek()) {
            if (altCol != altIndents.peek()) {
                throw tabError();
            }
        } else if (col > indents.peek()) {
            if (altCol <= altIndents.peek()) {
                throw tabError();
            }
            indents.push(col);
            altIndents.push(altCol);
            add(TokenType.INDENT, "", line, width, line, width);
        } else {
            while (indents.size() > 1 && col < indents.peek()) {
                indents.pop();
                altIndents.pop();
                add(TokenType.DEDENT, "", line, width + 1, line, width + 1);
            }
            if (col != indents.peek()) {
                String text = currentLine();
                throw error(PySyntaxError.Kind.IndentationError, messages.unindentMismatch(), line,
                        text.length() + 1, line, 0);
            }
            if (altCol != altIndents.peek()) {
                throw tabError();
            }
        }
        return false;
    }

    private PySyntaxError tabError() {
        int col = messages.minor() == 8 ? currentLine().length() + 1 : 1;
        return error(PySyntaxError.Kind.TabError, messages.inconsistentTabs(), line, col, line, 0);
    }

    private void newline() {
        boolean blank = tokens.isEmpty() || lastType() == TokenType.NEWLINE || lastType() == TokenType.INDENT
                || lastType() == TokenType.DEDENT;
        if (parens.isEmpty() && !blank) {
            add(TokenType.NEWLINE, "", line, col(pos), line, col(pos) + 1);
        }
        consumeLineBreak();
        atLineStart = true;
    }

    private void consumeLineBreak() {
        if (peek() == '\r' && peekAt(1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }

    private void lineContinuation() {
        pos++;
        if (peek() == '\n' || peek() == '\r') {
            int continuedLine = line;
            int afterBackslash = col(pos);
            consumeLineBreak();
            if (isAtEnd()) {
                throw syntaxError(messages.unexpectedEof(), continuedLine, afterBackslash);
            }
            return;
        }
        throw syntaxError(messages.afterLineContinuation(), line, col(pos));
    }

    private boolean finish() {
        if (!parens.isEmpty() && parens.peek().line != 0) {
            OpenParen open = parens.peek();
            if (messages.reportsNeverClosed()) {
                PySyntaxError e = error(PySyntaxError.Kind.SyntaxError, messages.neverClosed(open.ch), open.line,
                        open.col, open.line, 0);
                tokens.add(new Token(TokenType.ERRORTOKEN, Token.EOF_IN_BRACKETS, open.line, open.col, open.line,
                        open.col, e));
                return false;
            }
            int lastLine = Math.max(1, lines.size());
            String text = lines.isEmpty() ? "" : lines.get(lastLine - 1);
            boolean fileMode = messages.eofErrorsAfterLastLine() && lineOffset == 0;
            int line = fileMode ? lines.size() + 1 : lastLine;
            throw syntaxError(messages.unexpectedEof(), line, fileMode && messages.minor() == 9 ? 1 : text.length() + 1);
        }
        TokenType last = lastType();
        if (last != null && last != TokenType.NEWLINE && last != TokenType.DEDENT && last != TokenType.INDENT) {
            add(TokenType.NEWLINE, "", line, col(pos), line, col(pos) + 1);
        }
        while (indents.size() > 1) {
            indents.pop();
            add(TokenType.DEDENT, "", line, col(pos), line, col(pos));
        }
        add(TokenType.ENDMARKER, "", line, col(pos), line, col(pos));
        return false;
    }

    // ---- names, numbers, operators -------------------------------------------------------

    private boolean nameOrString(int start) {
        while (!isAtEnd() && isIdentifierPart(peek())) {
            pos++;
        }
        String text = src.substring(start, pos);
        if (!isAtEnd() && (peek() == '\'' || peek() == '"') && isStringPrefix(text)) {
            string(start, pos);
            return true;
        }
        int startCol = col(start);
        add(TokenType.NAME, text, line, startCol, line, col(pos));
        return true;
    }

    static boolean isStringPrefix(String text) {
        return switch (text.toLowerCase()) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
            default -> false;
        };
    }

    /** Mirrors tok_get's number branch and its verify_end_of_number / tok_decimal_tail helpers. */
    private void number(int start) {
        char c = peek();
        if (c == '0' && (peekAt(1) == 'x' || peekAt(1) == 'X')) {
            pos += 2;
            radixDigits(start, 16, "hexadecimal");
        } else if (c == '0' && (peekAt(1) == 'o' || peekAt(1) == 'O')) {
            pos += 2;
            radixDigits(start, 8, "octal");
        } else if (c == '0' && (peekAt(1) == 'b' || peekAt(1) == 'B')) {
            pos += 2;
            radixDigits(start, 2, "binary");
        } else {
            decimalNumber(start);
        }
        if (!isAtEnd() && isIdentifierPart(peek()) && messages.minor() >= 10) {
            throw syntaxError(messages.invalidLiteral("decimal"), line, col(pos) - 1);
        }
        add(TokenType.NUMBER, src.substring(start, pos), line, col(start), line, col(pos));
    }

    private void radixDigits(int start, int radix, String kind) {
        boolean any = false;
        while (true) {
            if (peek() == '_') {
                pos++;
            }
            if (!isAtEnd() && Character.digit(peek(), radix) >= 0) {
                while (!isAtEnd() && Character.digit(peek(), radix) >= 0) {
                    pos++;
                }
                any = true;
                if (peek() != '_') {
                    break;
                }
            } else {
                if (isDigit(peek())) {
                    throw syntaxError(messages.invalidDigit(kind, peek()), line, col(pos));
                }
                throw syntaxError(messages.invalidLiteral(kind), line, col(pos) - 1);
            }
        }
        if (!any) {
            throw syntaxError(messages.invalidLiteral(kind), line, col(pos) - 1);
        }
        if (isDigit(peek())) {
            throw syntaxError(messages.invalidDigit(kind, peek()), line, col(pos));
        }
    }

    private void decimalNumber(int start) {
        boolean fractionOrExponent = false;
        if (peek() != '.') {
            decimalTail(start);
        }
        if (peek() == '.') {
            pos++;
            fractionOrExponent = true;
            if (isDigit(peek())) {
                decimalTail(start);
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            int save = pos;
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (isDigit(peek())) {
                decimalTail(start);
                fractionOrExponent = true;
            } else if (messages.minor() >= 10) {
                throw syntaxError(messages.invalidLiteral("decimal"), line, col(save) - 1);
            } else {
                // 3.8/3.9 end the number before the 'e', which then fails as a NAME
                pos = save;
                return;
            }
        }
        if (peek() == 'j' || peek() == 'J') {
            pos++;
            return;
        }
        if (!fractionOrExponent) {
            checkLeadingZeros(start);
        }
    }

    private void checkLeadingZeros(int start) {
        String digits = src.substring(start, pos).replace("_", "");
        if (digits.length() > 1 && digits.charAt(0) == '0' && !digits.chars().allMatch(ch -> ch == '0')) {
            int col = messages.minor() >= 10 ? col(start) : col(pos) - 1;
            throw syntaxError(messages.leadingZeros(), line, col);
        }
    }

    private void decimalTail(int start) {
        while (true) {
            while (isDigit(peek())) {
                pos++;
            }
            if (peek() != '_') {
                return;
            }
            pos++;
            if (!isDigit(peek())) {
                throw syntaxError(messages.invalidLiteral("decimal"), line, col(pos) - 1);
            }
        }
    }

    private void operator(int start) {
        char c = peek();
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                trackBrackets(op.charAt(0), start);
                add(TokenType.OP, op, line, col(start), line, col(pos));
                return;
            }
        }
        if (c == '!' || c == '$' || c == '?' || c == '`') {
            // tokenizer.c hands these to the parser, which fails on them; tokenizing goes on
            pos++;
            add(TokenType.OP, String.valueOf(c), line, col(start), line, col(pos));
            return;
        }
        int cp = src.codePointAt(pos);
        throw syntaxError(messages.invalidCharacter(cp), line, col(start));
    }

    private void trackBrackets(char c, int start) {
        switch (c) {
            case '(', '[', '{' -> parens.push(new OpenParen(c, line + lineOffset, col(start)));
            case ')', ']', '}' -> {
                if (parens.isEmpty() || parens.peek().line == 0 && parens.size() == 1) {
                    throw syntaxError(messages.unmatched(c), line, col(start));
                }
                OpenParen open = parens.pop();
                if (!matches(open.ch, c)) {
                    String message = messages.mismatchedParen(c, open.ch);
                    if (open.line != line + lineOffset && messages.minor() >= 9) {
                        message += " on line " + open.line;
                    }
                    throw syntaxError(message, line, col(start));
                }
            }
            default -> {
            }
        }
    }

    private static boolean matches(char open, char close) {
        return open == '(' && close == ')' || open == '[' && close == ']' || open == '{' && close == '}';
    }

    // ---- strings -----------------------------------------------------------------------

    /**
     * Scans one string literal (prefix already consumed, quote at quotePos). Before 3.12 an f-string
     * ends at the first matching quote; from 3.12 (PEP 701) replacement fields may contain strings
     * that reuse the same quote, so those are skipped as nested literals.
     */
    private void string(int start, int quotePos) {
        int startLine = line;
        int startCol = col(start);
        pos = quotePos;
        boolean fString = src.substring(start, quotePos).toLowerCase().contains("f");
        scanStringBody(start, startLine, startCol, fString && messages.minor() >= 12);
        add(TokenType.STRING, src.substring(start, pos), startLine, startCol, line, col(pos));
    }

    private void scanStringBody(int start, int startLine, int startCol, boolean nestedFields) {
        int startLineStart = lineStart;
        char quote = peek();
        boolean triple = peekAt(1) == quote && peekAt(2) == quote;
        pos += triple ? 3 : 1;
        int depth = 0;
        boolean escapedQuote = false;
        while (true) {
            if (isAtEnd()) {
                throw unterminated(triple, startLine, startCol, startLineStart, nestedFields);
            }
            char c = peek();
            if (c == '\\') {
                escapedQuote |= peekAt(1) == quote;
                pos++;
                if (isAtEnd()) {
                    throw unterminated(triple, startLine, startCol, startLineStart, nestedFields);
                }
                if (peek() == '\n' || peek() == '\r') {
                    consumeLineBreak();
                } else {
                    pos++;
                }
                continue;
            }
            if (c == '\n' || c == '\r') {
                if (!triple && depth == 0) {
                    PySyntaxError e = unterminated(false, startLine, startCol, startLineStart, nestedFields);
                    throw escapedQuote && messages.minor() >= 13 ? new PySyntaxError(e.kind(),
                            e.pyMessage() + "; perhaps you escaped the end quote?", e.fileName(), e.line(), e.col(),
                            e.endLine(), e.endCol(), e.sourceLine()) : e;
                }
                consumeLineBreak();
                continue;
            }
            if (nestedFields) {
                if (c == '{') {
                    depth = peekAt(1) == '{' && depth == 0 ? depth : depth + 1;
                    pos += peekAt(1) == '{' && depth == 0 ? 2 : 1;
                    continue;
                }
                if (c == '}' && depth > 0) {
                    depth--;
                    pos++;
                    continue;
                }
                if (depth > 0 && (c == '\'' || c == '"')) {
                    nestedString(quote);
                    continue;
                }
            }
            if (closesString(quote, triple)) {
                pos += triple ? 3 : 1;
                return;
            }
            pos++;
        }
    }

    /** A string inside a 3.12+ replacement field; if it runs off the line the field was never closed. */
    private void nestedString(char outerQuote) {
        int at = pos;
        int atLine = line;
        try {
            scanStringBody(pos, line, col(pos), true);
        } catch (PySyntaxError e) {
            if (src.charAt(at) == outerQuote) {
                int atCol = at - lineStartOf(at) + 1;
                throw syntaxError(messages.fstringExpectingBrace(), atLine, atCol);
            }
            throw e;
        }
    }

    private int lineStartOf(int index) {
        int i = index;
        while (i > 0 && src.charAt(i - 1) != '\n' && src.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    private boolean closesString(char quote, boolean triple) {
        return peek() == quote && (!triple || peekAt(1) == quote && peekAt(2) == quote);
    }

    private PySyntaxError unterminated(boolean triple, int startLine, int startCol, int startLineStart,
                                       boolean fString) {
        int detectedAt = triple ? lines.size() + lineOffset : startLine + lineOffset;
        String msg = triple ? messages.unterminatedTripleString(detectedAt, fString)
                : messages.unterminatedString(detectedAt, fString);
        if (messages.unterminatedStringAtStart()) {
            return error(PySyntaxError.Kind.SyntaxError, msg, startLine, startCol, startLine, startCol);
        }
        if (triple) {
            // 3.8/3.9 count the column from the start of the string's first line to the end of the file
            int lastLine = Math.max(1, lines.size());
            return error(PySyntaxError.Kind.SyntaxError, msg, lastLine, src.length() - startLineStart, lastLine, 0);
        }
        return error(PySyntaxError.Kind.SyntaxError, msg, line, currentLine().length() + 1, line, 0);
    }

    // ---- helpers -----------------------------------------------------------------------

    private void skipWhitespace() {
        while (!isAtEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) {
            pos++;
        }
    }

    private void add(TokenType type, String text, int startLine, int startCol, int endLine, int endCol) {
        int shift = startLine == 1 ? colOffset : 0;
        int endShift = endLine == 1 ? colOffset : 0;
        tokens.add(new Token(type, text, startLine + lineOffset, startCol + shift, endLine + lineOffset,
                endCol + endShift, null));
    }

    private TokenType lastType() {
        return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1).type();
    }

    private String currentLine() {
        return line - 1 < lines.size() ? lines.get(line - 1) : "";
    }

    private PySyntaxError syntaxError(String msg, int atLine, int atCol) {
        return error(PySyntaxError.Kind.SyntaxError, msg, atLine, atCol, atLine, atCol);
    }

    private PySyntaxError error(PySyntaxError.Kind kind, String msg, int atLine, int atCol, int endLine, int endCol) {
        String text = atLine >= 1 && atLine <= lines.size() ? lines.get(atLine - 1) : null;
        int shift = atLine == 1 ? colOffset : 0;
        return new PySyntaxError(kind, msg, fileName, atLine + lineOffset, atCol + shift, endLine + lineOffset,
                endCol == 0 ? 0 : endCol + shift, text);
    }

    private int col(int index) {
        return index - lineStart + 1;
    }

    private boolean isAtEnd() {
        return pos >= src.length();
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private char peekAt(int ahead) {
        return pos + ahead < src.length() ? src.charAt(pos + ahead) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c) || c >= 128 && Character.isUnicodeIdentifierStart(c);
    }

    static boolean isIdentifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || c >= 128 && Character.isUnicodeIdentifierPart(c);
    }
}
