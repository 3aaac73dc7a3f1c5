package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.heapsim.python.ast.Pos;

/**
 * The token cursor shared by the expression and statement parsers, and the helpers that turn a
 * failure into CPython's SyntaxError (pegen's {@code _PyPegen_set_syntax_error} in {@code Parser/pegen_errors.c}).
 */
abstract class ParserBase {
    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    protected final List<Token> tokens;
    protected final String fileName;
    protected final List<String> lines;
    protected final SyntaxMessages messages;
    protected final List<CompileWarning> warnings;
    protected int current;
    private int furthest;
    /** Above 0 while replaying pegen's lookahead; errors raised then are only probes. */
    protected int speculating;

    ParserBase(List<Token> tokens, String fileName, List<String> lines, SyntaxMessages messages,
               List<CompileWarning> warnings) {
        this.tokens = tokens;
        this.fileName = fileName;
        this.lines = lines;
        this.messages = messages;
        this.warnings = warnings;
    }

    // ---- cursor ----------------------------------------------------------------------------

    protected Token peek() {
        return peekAt(0);
    }

    protected Token peekAt(int ahead) {
        int index = Math.min(current + ahead, tokens.size() - 1);
        furthest = Math.max(furthest, index);
        return tokens.get(index);
    }

    /** The furthest token the parser has looked at (pegen's {@code p->tokens[p->fill - 1]}). */
    Token furthestToken() {
        return tokens.get(furthest);
    }

    protected Token previous() {
        return tokens.get(current - 1);
    }

    protected Token advance() {
        Token t = peek();
        if (t.type() == TokenType.ERRORTOKEN) {
            throw t.error();
        }
        if (t.type() != TokenType.ENDMARKER) {
            current++;
        }
        return t;
    }

    protected boolean check(String op) {
        return peek().is(op);
    }

    protected boolean checkType(TokenType type) {
        return peek().type() == type;
    }

    protected boolean match(String op) {
        if (check(op)) {
            advance();
            return true;
        }
        return false;
    }

    protected boolean match(TokenType type) {
        if (checkType(type)) {
            advance();
            return true;
        }
        return false;
    }

    protected Token expect(String op) {
        if (check(op)) {
            return advance();
        }
        throw invalidSyntax();
    }

    protected boolean checkName() {
        return peek().type() == TokenType.NAME && !KEYWORDS.contains(peek().text());
    }

    protected Token expectName() {
        if (checkName()) {
            return advance();
        }
        throw invalidSyntax();
    }

    /** The span from start to the last consumed token that is not NEWLINE/INDENT/DEDENT, as pegen's EXTRA. */
    protected Pos from(Token start) {
        int i = current - 1;
        while (i > 0 && isLayout(tokens.get(i)) && tokens.get(i) != start) {
            i--;
        }
        Token end = tokens.get(i);
        return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
    }

    private static boolean isLayout(Token t) {
        return t.type() == TokenType.NEWLINE || t.type() == TokenType.INDENT || t.type() == TokenType.DEDENT;
    }

    protected static Pos span(Pos start, Pos end) {
        return Pos.span(start, end);
    }

    // ---- errors ----------------------------------------------------------------------------

    /** CPython's generic "invalid syntax" at the token the parser could not use. */
    protected PySyntaxError invalidSyntax() {
        return invalidSyntaxAt(peek());
    }

    protected PySyntaxError invalidSyntaxAt(Token t) {
        if (t.type() == TokenType.ERRORTOKEN && !isFStringError(t)) {
            return t.error();
        }
        PySyntaxError eof = eofInBracketsReachedFrom(t);
        if (eof != null) {
            return eof;
        }
        if (t.type() == TokenType.INDENT) {
            return indentationError(messages.unexpectedIndent(), t.line(), t.col());
        }
        if (t.type() == TokenType.ENDMARKER && messages.minor() <= 9 && lastLineIsIncomplete()) {
            return atEndOfFile(PySyntaxError.Kind.SyntaxError, messages.unexpectedEof(), previous().col());
        }
        return syntaxError(messages.invalidSyntax(), t.line(), t.col(), t.endLine(), t.endCol());
    }

    private boolean lastLineIsIncomplete() {
        return current > 0 && previous().type() != TokenType.NEWLINE && previous().type() != TokenType.DEDENT;
    }


    /**
     * 3.10+ report "'(' was never closed" instead of a generic error when pegen, looking ahead
     * from where it failed, read up to the end of the file inside the unclosed bracket. pegen's
     * error pass parses on from the failing token as an expression (possibly {@code name = value})
     * and peeks one token further; this replays that lookahead.
     */
    protected PySyntaxError eofInBracketsReachedFrom(Token failure) {
        Token last = tokens.get(tokens.size() - 1);
        int at = tokens.indexOf(failure);
        if (speculating > 0 || !last.isEofInBrackets() || at < 1 || !endsAnExpression(tokens.get(at - 1))) {
            return null;
        }
        return lookaheadReachesEnd(tokens.indexOf(failure)) ? last.error() : null;
    }

    /**
     * 3.12+ start an f-string with a token of its own, so a broken f-string is only reported
     * where the parser accepts a string; elsewhere it is a plain "invalid syntax".
     */
    protected boolean isFStringError(Token t) {
        return t.type() == TokenType.ERRORTOKEN && Token.SILENT.equals(t.text()) && t.error().pyMessage().contains("f-string");
    }

    /** pegen only parses on (invalid_expression's second operand) after a complete expression. */
    private static boolean endsAnExpression(Token t) {
        return t.type() == TokenType.NAME && !KEYWORDS.contains(t.text()) || t.type() == TokenType.NUMBER
                || t.type() == TokenType.STRING || t.is(")") || t.is("]") || t.is("}")
                || t.is("None") || t.is("True") || t.is("False");
    }

    /** Whether parsing an expression (and "= value") from tokens[from] runs into the end of the file. */
    protected abstract boolean lookaheadReachesEnd(int from);

    /** An error detected at end of file, placed as CPython places it when running a script file. */
    protected PySyntaxError atEndOfFile(PySyntaxError.Kind kind, String message, int col) {
        Token last = previous();
        int line = messages.eofErrorsAfterLastLine() ? lines.size() + 1 : last.line();
        // 3.9 reading a file has lost the column by then; its caret sits at the start of the empty line
        int column = messages.minor() == 9 ? 1 : col;
        return new PySyntaxError(kind, message, fileName, line, column, line, 0, sourceLine(line));
    }

    protected PySyntaxError errorAt(Token t, String message) {
        return syntaxError(message, t.line(), t.col(), t.endLine(), t.endCol());
    }

    protected PySyntaxError errorAt(Pos p, String message) {
        return syntaxError(message, p.line(), p.col(), p.endLine(), p.endCol());
    }

    /** pegen's RAISE_SYNTAX_ERROR_KNOWN_LOCATION: a start but no end, so a single caret. */
    protected PySyntaxError errorAtStart(Pos p, String message) {
        return syntaxError(message, p.line(), p.col(), p.line(), 0);
    }

    protected PySyntaxError syntaxError(String message, int line, int col, int endLine, int endCol) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, message, fileName, line, col, endLine, endCol,
                sourceLine(line));
    }

    protected PySyntaxError indentationError(String message, int line, int col) {
        return new PySyntaxError(PySyntaxError.Kind.IndentationError, message, fileName, line, col, line, -1,
                sourceLine(line));
    }

    protected UnsupportedSyntax unsupported(Token at, String construct) {
        return new UnsupportedSyntax(fileName, at.line(), at.col(), construct);
    }

    protected UnsupportedSyntax unsupported(Pos at, String construct) {
        return new UnsupportedSyntax(fileName, at.line(), at.col(), construct);
    }

    /** The source line, or null past the end of the file (CPython then has empty error text). */
    protected String sourceLine(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    /** A warning of Python/compile.c, e.g. "is" with a literal. */
    protected void warn(String message, Pos at) {
        warnings.add(new CompileWarning(CompileWarning.Phase.COMPILER, "SyntaxWarning", message, at.line(), at.col(),
                lines.get(at.line() - 1)));
    }

    /** A warning of the parser itself (Parser/string_parser.c), e.g. an invalid escape sequence. */
    protected void warnWhileParsing(String message, Pos at) {
        warnings.add(new CompileWarning(CompileWarning.Phase.PARSER, "SyntaxWarning", message, at.line(), at.col(),
                lines.get(at.line() - 1)));
    }

    protected static <T> List<T> listOf(List<T> items) {
        return Collections.unmodifiableList(new ArrayList<>(items));
    }
}
