package org.heapsim.python.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.heapsim.python.ast.ConstantValue;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Pos;

/**
 * Implicitly concatenated string literals ({@code strings} in {@code Grammar/python.gram}) and the
 * f-string mini-language, mirroring {@code Parser/string_parser.c} of 3.8–3.11
 * (fstring_find_literal, fstring_find_expr): the expression text of each replacement field is
 * tokenized and parsed again with positions pointing into the file.
 */
final class StringParser {
    private final ExpressionParser p;
    private final SyntaxMessages messages;
    private final List<CompileWarning> warnings;

    /** Parts of the JoinedStr being built; adjacent literal text is merged as CPython does. */
    private final List<Expr> parts = new ArrayList<>();
    private final StringBuilder pendingLiteral = new StringBuilder();
    private Pos whole;
    private int specDepth;
    private final java.util.Map<Literal, StringDecoder> decoders = new java.util.IdentityHashMap<>();

    StringParser(ExpressionParser parser, SyntaxMessages messages, List<CompileWarning> warnings) {
        this.p = parser;
        this.messages = messages;
        this.warnings = warnings;
    }

    private record Literal(Token token, String prefix, String body, boolean triple, int bodyLine, int bodyCol) {
        boolean isBytes() {
            return prefix.contains("b");
        }

        boolean isRaw() {
            return prefix.contains("r");
        }

        boolean isF() {
            return prefix.contains("f");
        }
    }

    Expr strings() {
        Token first = p.peek();
        List<Literal> literals = new ArrayList<>();
        while (p.checkType(TokenType.STRING)) {
            literals.add(split(p.advance()));
        }
        whole = p.from(first);
        boolean anyBytes = literals.stream().anyMatch(Literal::isBytes);
        boolean allBytes = literals.stream().allMatch(Literal::isBytes);
        if (anyBytes && !allBytes) {
            throw p.errorAt(whole, messages.mixBytes());
        }
        if (allBytes) {
            return bytesConstant(literals);
        }
        String kind = literals.get(0).prefix.contains("u") ? "u" : null;
        boolean anyF = literals.stream().anyMatch(Literal::isF);
        for (Literal lit : literals) {
            if (lit.isF()) {
                fstring(lit, lit.body, 0, lit.body.length(), false);
            } else {
                pendingLiteral.append(decode(lit, lit.body));
            }
        }
        if (!anyF) {
            return new Expr.Constant(pendingLiteral.toString(), kind, whole);
        }
        flushLiteral();
        return new Expr.JoinedStr(List.copyOf(parts), whole);
    }

    private Literal split(Token t) {
        String text = t.text();
        int q = 0;
        while (text.charAt(q) != '\'' && text.charAt(q) != '"') {
            q++;
        }
        String prefix = text.substring(0, q).toLowerCase();
        char quote = text.charAt(q);
        boolean triple = text.length() >= q + 6 && text.charAt(q + 1) == quote && text.charAt(q + 2) == quote;
        int quoteLen = triple ? 3 : 1;
        String body = text.substring(q + quoteLen, text.length() - quoteLen);
        return new Literal(t, prefix, body, triple, t.line(), t.col() + q + quoteLen);
    }

    private Expr bytesConstant(List<Literal> literals) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Literal lit : literals) {
            out.writeBytes(decoder(lit).decodeBytes(lit.body, lit.isRaw()));
        }
        return new Expr.Constant(new ConstantValue.Bytes(out.toByteArray()), null, whole);
    }

    private String decode(Literal lit, String text) {
        return lit.isRaw() ? text : decoder(lit).decodeStr(text);
    }

    /** One decoder per literal: CPython warns about the first invalid escape of a literal only. */
    private StringDecoder decoder(Literal lit) {
        return decoders.computeIfAbsent(lit, this::newDecoder);
    }

    private StringDecoder newDecoder(Literal lit) {
        StringDecoder.Errors errors = new StringDecoder.Errors() {
            @Override
            public RuntimeException error(String message, int offset) {
                Token t = lit.token;
                int col = messages.minor() == 9 || messages.minor() == 10 || messages.minor() == 11
                        ? t.endCol() : t.col();
                return p.syntaxError(message, t.line(), col, t.endLine(), t.endCol());
            }

            @Override
            public RuntimeException unsupported(String construct, int offset) {
                return p.unsupported(lit.token, construct);
            }
        };
        return new StringDecoder(messages, errors, w -> p.warnWhileParsing(w, lit.token.pos()));
    }

    // ---- f-strings ---------------------------------------------------------------------

    /**
     * Parses body[from, to) of an f-string into parts. In a format spec (nested == true) the text
     * ends at the field's closing brace, which the caller consumes.
     */
    private int fstring(Literal lit, String body, int from, int to, boolean nested) {
        int i = from;
        StringBuilder raw = new StringBuilder();
        while (i < to) {
            char c = body.charAt(i);
            if (c == '{') {
                if (i + 1 < to && body.charAt(i + 1) == '{') {
                    raw.append('{');
                    i += 2;
                    continue;
                }
                pendingLiteral.append(decode(lit, raw.toString()));
                raw.setLength(0);
                i = field(lit, body, i + 1, to);
                continue;
            }
            if (c == '}') {
                if (nested) {
                    break;
                }
                if (i + 1 < to && body.charAt(i + 1) == '}') {
                    raw.append('}');
                    i += 2;
                    continue;
                }
                throw fstringErrorAt(lit, body, i, messages.fstringSingleClosingBrace());
            }
            if (c == '\\' && !lit.isRaw() && i + 1 < to) {
                raw.append(c).append(body.charAt(i + 1));
                i += 2;
                continue;
            }
            raw.append(c);
            i++;
        }
        pendingLiteral.append(decode(lit, raw.toString()));
        return i;
    }

    /** One replacement field; start is just after '{'. Returns the index after the closing '}'. */
    private int field(Literal lit, String body, int start, int to) {
        // fstring_find_expr (3.8-3.11) allows replacement fields nested one level deep in a format spec
        if (specDepth >= 2 && messages.minor() <= 11) {
            throw fstringError(lit, messages.fstringNestedTooDeeply());
        }
        int end = expressionEnd(lit, body, start, to);
        String exprText = body.substring(start, end);
        if (exprText.isBlank()) {
            if (messages.minor() >= 12) {
                int[] at = positionIn(lit, body, end);
                throw p.syntaxError(messages.fstringEmptyExpression(), at[0], at[1], at[0], at[1] + 1);
            }
            throw fstringError(lit, messages.fstringEmptyExpression());
        }
        Expr value = parseFieldExpression(lit, body, start, exprText);
        int i = end;
        String selfDoc = null;
        if (i < to && body.charAt(i) == '=') {
            i++;
            int ws = i;
            while (i < to && Character.isWhitespace(body.charAt(i))) {
                i++;
            }
            selfDoc = exprText + "=" + body.substring(ws, i);
        }
        int conversion = -1;
        if (i < to && body.charAt(i) == '!') {
            if (i + 1 >= to) {
                throw fstringError(lit, messages.fstringExpectingBrace());
            }
            conversion = body.charAt(i + 1);
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw fstringErrorAt(lit, body, i + 1, messages.fstringInvalidConversion((char) conversion));
            }
            i += 2;
        }
        Expr spec = null;
        if (i < to && body.charAt(i) == ':') {
            specDepth++;
            List<Expr> outer = new ArrayList<>(parts);
            parts.clear();
            String savedPending = pendingLiteral.toString();
            pendingLiteral.setLength(0);
            i = fstring(lit, body, i + 1, to, true);
            flushLiteral();
            spec = new Expr.JoinedStr(List.copyOf(parts), whole);
            specDepth--;
            parts.clear();
            parts.addAll(outer);
            pendingLiteral.append(savedPending);
        }
        if (i >= to || body.charAt(i) != '}') {
            throw fstringError(lit, messages.fstringExpectingBrace());
        }
        if (selfDoc != null) {
            pendingLiteral.append(selfDoc);
            if (conversion == -1 && spec == null) {
                conversion = 'r';
            }
        }
        flushLiteral();
        parts.add(new Expr.FormattedValue(value, conversion, spec, whole));
        return i + 1;
    }

    /** Finds where the expression of a field ends: at depth 0, one of '}', '!', ':' or a lone '='. */
    private int expressionEnd(Literal lit, String body, int start, int to) {
        int depth = 0;
        int i = start;
        while (i < to) {
            char c = body.charAt(i);
            if (c == '\\' && messages.minor() < 12) {
                throw fstringError(lit, messages.fstringBackslash());
            }
            if (c == '\'' || c == '"') {
                i = skipNestedString(lit, body, i, to);
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0) {
                char next = i + 1 < to ? body.charAt(i + 1) : '\0';
                if (c == '!' && next != '=') {
                    return i;
                }
                if (c == ':') {
                    return i;
                }
                if (c == '=' && next != '=' && !isComparisonPrefix(body, i, start)) {
                    return i;
                }
                if ((c == '=' || c == '!' || c == '<' || c == '>') && next == '=') {
                    i += 2;
                    continue;
                }
            }
            i++;
        }
        throw fstringError(lit, messages.fstringExpectingBrace());
    }

    private static boolean isComparisonPrefix(String body, int i, int start) {
        return i > start && "=!<>:".indexOf(body.charAt(i - 1)) >= 0;
    }

    private int skipNestedString(Literal lit, String body, int i, int to) {
        char q = body.charAt(i);
        boolean triple = i + 2 < to && body.charAt(i + 1) == q && body.charAt(i + 2) == q;
        int j = i + (triple ? 3 : 1);
        while (j < to) {
            char c = body.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (c == q && (!triple || j + 2 < to && body.charAt(j + 1) == q && body.charAt(j + 2) == q)) {
                return j + (triple ? 3 : 1);
            }
            j++;
        }
        throw fstringError(lit, messages.fstringExpectingBrace());
    }

    /** Line and column in the file of body[index]. */
    private static int[] positionIn(Literal lit, String body, int index) {
        int line = lit.bodyLine;
        int col = lit.bodyCol;
        for (int k = 0; k < index; k++) {
            if (body.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new int[] {line, col};
    }

    private Expr parseFieldExpression(Literal lit, String body, int start, String exprText) {
        int[] at = positionIn(lit, body, start);
        int line = at[0];
        int col = at[1];
        Tokenizer tokenizer = new Tokenizer(exprText, p.fileName, messages, line - 1, col - 1, true);
        List<Token> toks = tokenizer.tokenize();
        ExpressionParser sub = new ExpressionParser(toks, p.fileName, p.lines, messages, warnings);
        try {
            Expr e = sub.yieldOrStarExpressions();
            sub.match(TokenType.NEWLINE);
            if (!sub.checkType(TokenType.ENDMARKER)) {
                throw sub.invalidSyntax();
            }
            return e;
        } catch (PySyntaxError e) {
            throw inFieldExpression(e);
        }
    }

    /** Up to 3.11 the replacement field is compiled separately and its errors read "f-string: ...". */
    private PySyntaxError inFieldExpression(PySyntaxError e) {
        if (messages.minor() >= 12 || e.pyMessage().startsWith("f-string")) {
            return e;
        }
        return new PySyntaxError(e.kind(), "f-string: " + e.pyMessage(), e.fileName(), e.line(), e.col(),
                e.endLine(), e.endCol(), e.sourceLine());
    }

    private void flushLiteral() {
        if (pendingLiteral.length() > 0) {
            parts.add(new Expr.Constant(pendingLiteral.toString(), null, whole));
            pendingLiteral.setLength(0);
        }
    }

    /** 3.12+ tokenize f-strings and point at the offending character; before, like {@link #fstringError}. */
    private PySyntaxError fstringErrorAt(Literal lit, String body, int index, String message) {
        if (messages.minor() < 12) {
            return fstringError(lit, message);
        }
        int[] at = positionIn(lit, body, index);
        return p.syntaxError(message, at[0], at[1], at[0], at[1] + 1);
    }

    /** 3.8 points at the literal's start, 3.9-3.11 just past its end. */
    private PySyntaxError fstringError(Literal lit, String message) {
        Token t = lit.token;
        int col = messages.minor() == 8 ? t.col() : t.endCol();
        return p.syntaxError(message, t.line(), col, t.endLine(), t.endCol());
    }
}
