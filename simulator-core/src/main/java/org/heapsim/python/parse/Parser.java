package org.heapsim.python.parse;

import java.util.ArrayList;
import java.util.List;

import org.heapsim.python.ast.Module;
import org.heapsim.python.ast.Stmt;

/**
 * The front end's entry point: source text to {@link Module}, or the {@link PySyntaxError} the
 * given CPython version (3.8..3.13) would raise, or {@link UnsupportedSyntax} for valid Python
 * that heapsim does not simulate.
 *
 * <p>{@link #parse} covers what {@code compile()} checks before running anything: the tokenizer and
 * parser ({@code Parser/}), the symbol table ({@code Python/symtable.c}, via
 * {@link org.heapsim.python.scope.SymbolTable}) and the compiler's context checks
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
        ParseResult result = parseSyntax(source, fileName);
        org.heapsim.python.scope.SymbolTable.build(result.module(), minor);
        new ContextChecker(result.module(), messages).check();
        return result;
    }

    /** Tokenizer and parser only: no symbol-table or compiler checks. */
    public ParseResult parseSyntax(String source, String fileName) {
        List<String> lines = Tokenizer.splitLines(source);
        List<Token> tokens = new Tokenizer(source, fileName, messages).tokenize();
        List<CompileWarning> warnings = new ArrayList<>();
        StatementParser parser = new StatementParser(tokens, fileName, lines, messages, warnings);
        List<Stmt> body = parser.file();
        warnings.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new ParseResult(new Module(body, fileName, List.copyOf(lines)), List.copyOf(warnings));
    }
}
