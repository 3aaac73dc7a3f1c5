package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.heapsim.python.ast.Module;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.scope.SymbolTable;

/**
 * The front end's entry point: source text to {@link Module}, or the {@link PySyntaxError} the
 * given CPython version (3.8..3.13) would raise, or {@link UnsupportedSyntax} for valid Python
 * that heapsim does not simulate.
 *
 * <p>{@link #parse} covers what {@code compile()} checks before running anything: the tokenizer and
 * parser ({@code Parser/}), the symbol table ({@code Python/symtable.c}, via
 * {@link SymbolTable}) and the compiler's context checks
 * ({@link ContextChecker}).
 */
public final class Parser {
    private final int minor;
    private final SyntaxMessages messages;

    public Parser(int minor) {
        this.minor = minor;
        this.messages = new SyntaxMessages(minor);
    }

    public int minor() {
        return minor;
    }

    public SyntaxMessages messages() {
        return messages;
    }

    /** Tokenizes, parses and runs all compile-time checks. */
    public static ParseResult parse(String source, String fileName, int minor) {
        return new Parser(minor).parse(source, fileName);
    }

    public ParseResult parse(String source, String fileName) {
        ParseResult syntax = parseSyntax(source, fileName);
        try {
            SymbolTable symbols = SymbolTable.build(syntax.module(), minor);
            ContextChecker checker = new ContextChecker(syntax.module(), messages);
            checker.check();
            List<CompileWarning> warnings = new ArrayList<>(syntax.warnings());
            warnings.addAll(checker.warnings());
            warnings.sort(Comparator.comparing(CompileWarning::phase).thenComparingInt(CompileWarning::line));
            return new ParseResult(syntax.module(), List.copyOf(warnings), symbols);
        } catch (PySyntaxError e) {
            throw LegacyStatements.rewrite(e, messages);
        }
    }

    /** Tokenizer and parser only: no symbol-table or compiler checks. */
    public ParseResult parseSyntax(String source, String fileName) {
        source = universalNewlines(withoutByteOrderMark(source));
        List<String> lines = Tokenizer.splitLines(source);
        List<Token> tokens = new Tokenizer(source, fileName, messages).tokenize();
        List<CompileWarning> warnings = new ArrayList<>();
        StatementParser parser = new StatementParser(tokens, fileName, lines, messages, warnings);
        List<Stmt> body;
        try {
            body = parser.file();
        } catch (PySyntaxError e) {
            throw LegacyStatements.rewrite(restOfFileCheck(e, tokens, parser.furthestToken()), messages);
        }
        warnings.sort(Comparator.comparing(CompileWarning::phase).thenComparingInt(CompileWarning::line));
        return new ParseResult(new Module(body, fileName, List.copyOf(lines)), List.copyOf(warnings), null);
    }

    /**
     * pegen's _PyPegen_tokenize_full_source_to_check_for_errors: after the parser failed, an error
     * the tokenizer raises later in the file replaces the parser's, and a bracket still open at the
     * end of the file does when it was opened on a line before the one the parser stopped at.
     */
    private PySyntaxError restOfFileCheck(PySyntaxError e, List<Token> tokens, Token furthest) {
        Token last = tokens.get(tokens.size() - 1);
        boolean fromParser = last.type() != TokenType.ERRORTOKEN || last.error() != e;
        // pegen raises "unexpected indent" on its generic path before that check
        if (!fromParser || !messages.tokenizerErrorsOverride() || e.pyMessage().equals(messages.unexpectedIndent())) {
            return e;
        }
        if (last.overridesParserErrors()) {
            return last.error();
        }
        if (last.isEofInBrackets() && furthest.line() > last.line()) {
            return last.error();
        }
        return e;
    }

    /** CPython's tokenizer reads "\r\n" and "\r" as "\n", also inside string literals. */
    private static String universalNewlines(String source) {
        return source.indexOf('\r') < 0 ? source : source.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** CPython's tokenizer skips a UTF-8 byte order mark at the start of the file. */
    private static String withoutByteOrderMark(String source) {
        return source.startsWith("\uFEFF") ? source.substring(1) : source;
    }
}
