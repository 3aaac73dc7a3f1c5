package org.heapsim.python.parse;

import org.heapsim.python.ast.Pos;

/**
 * One token. Positions are 1-based lines and columns; endCol is exclusive (CPython's end_col_offset + 1).
 * An ERRORTOKEN carries the tokenizer error the parser raises when it reaches it.
 */
public record Token(TokenType type, String text, int line, int col, int endLine, int endCol, PySyntaxError error) {

    /**
     * Text of the ERRORTOKEN for end of file inside brackets (3.10+: "'(' was never closed"). Unlike
     * other tokenizer errors it only surfaces when the parser itself reads that far; its position
     * is the unclosed bracket's.
     */
    public static final String EOF_IN_BRACKETS = "<eof in brackets>";

    /**
     * Text of the ERRORTOKEN for errors tokenizer.c signals without raising (indentation, a stray
     * character after a line continuation): only the parser reaching them reports them.
     */
    public static final String SILENT = "<silent>";

    /** Whether this tokenizer error replaces a parser error found earlier in the file (3.10+). */
    public boolean overridesParserErrors() {
        return type == TokenType.ERRORTOKEN && text.isEmpty();
    }

    public boolean isEofInBrackets() {
        return type == TokenType.ERRORTOKEN && EOF_IN_BRACKETS.equals(text);
    }

    public Pos pos() {
        return new Pos(line, col, endLine, endCol);
    }

    public boolean is(String op) {
        return (type == TokenType.OP || type == TokenType.NAME) && text.equals(op);
    }

    @Override
    public String toString() {
        return type + "(" + text + ")@" + line + ":" + col;
    }
}
