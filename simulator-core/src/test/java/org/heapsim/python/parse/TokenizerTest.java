package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.heapsim.python.ast.AstDump;
import org.heapsim.python.runtime.StrRepr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tokenizer against CPython 3.11's {@code tokenize} module on every corpus program (the token
 * stream the parser sees, written as {@code tokenize/record.py} writes it, must hash to the digest
 * recorded from CPython; where CPython's compiler stops with a tokenizer SyntaxError, the parser
 * must stop at the same place), and behaviour that the recorded cases do not pin down on their own.
 */
class TokenizerTest {
    private static final Path PROGRAMS = Path.of("..", "testdata", "programs");
    private static final Set<TokenType> WITH_TEXT = Set.of(TokenType.NAME, TokenType.NUMBER, TokenType.STRING, TokenType.OP);

    @TestFactory
    Stream<DynamicTest> everyCorpusProgramTokenizesAsCPythonDoes() throws IOException {
        String tsv;
        try (InputStream in = TokenizerTest.class.getResourceAsStream("/tokenize/tokens-3.11.tsv")) {
            tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return tsv.lines().map(row -> {
            String[] cells = row.split("\t");
            return DynamicTest.dynamicTest(cells[0], () -> {
                String source = Files.readString(PROGRAMS.resolve(cells[0]), StandardCharsets.UTF_8);
                if (cells[1].equals("ERROR")) {
                    PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(source, cells[0], 11));
                    assertEquals(cells[2], e.line() + ":" + (e.col() - 1), "where CPython's compile() reports the SyntaxError");
                    return;
                }
                assertEquals(cells[1], digest(stream(source)), () -> "token stream of " + cells[0] + ":\n" + stream(source));
            });
        });
    }

    /** The token stream in record.py's format: 0-based columns, text only where it is the token's own, INDENT and DEDENT bare. */
    static String stream(String source) {
        StringBuilder sb = new StringBuilder();
        for (Token t : new Tokenizer(source, "prog.py", new SyntaxMessages(11)).tokenize()) {
            sb.append(t.type());
            if (t.type() == TokenType.INDENT || t.type() == TokenType.DEDENT) {
                sb.append('\n');
                continue;
            }
            sb.append('\t')
                    .append(t.line()).append(':').append(t.col() - 1).append('-')
                    .append(t.endLine()).append(':').append(t.endCol() - 1);
            if (WITH_TEXT.contains(t.type())) {
                sb.append('\t').append(StrRepr.repr(t.text()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String digest(String stream) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(stream.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }

    private static String kinds(String source) {
        List<Token> tokens = new Tokenizer(source, "prog.py", new SyntaxMessages(11)).tokenize();
        return tokens.stream().map(t -> t.type() == TokenType.OP || t.type() == TokenType.NAME ? t.text()
                : t.type().name()).collect(Collectors.joining(" "));
    }

    @Test
    void indentationBecomesIndentAndDedentTokens() {
        assertEquals("if x : NEWLINE INDENT y = NUMBER NEWLINE DEDENT z NEWLINE ENDMARKER",
                kinds("if x:\n    y = 1\nz\n"));
    }

    @Test
    void newlinesInsideBracketsAndCommentsProduceNoTokens() {
        assertEquals("f ( NUMBER , NUMBER ) NEWLINE ENDMARKER", kinds("# c\nf(1,  # x\n  2)\n\n"));
    }

    @Test
    void crlfSourceParsesLikeLf() {
        String lf = "def f(a):\n    return a\nx = '''a\nb'''\n";
        assertEquals(AstDump.dump(Parser.parse(lf, "p.py", 11).module()),
                AstDump.dump(Parser.parse(lf.replace("\n", "\r\n"), "p.py", 11).module()));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        assertEquals(AstDump.dump(Parser.parse("x = 1\n", "p.py", 11).module()),
                AstDump.dump(Parser.parse("\uFEFFx = 1\n", "p.py", 11).module()));
    }

    @Test
    void emptySourceIsAnEmptyModule() {
        assertEquals("Module(body=[], type_ignores=[])", AstDump.dump(Parser.parse("", "p.py", 11).module()));
    }

    @Test
    void positionsAreOneBased() {
        Token t = new Tokenizer("x = 10\n", "p.py", new SyntaxMessages(11)).tokenize().get(2);
        assertEquals(List.of(1, 5, 1, 7), List.of(t.line(), t.col(), t.endLine(), t.endCol()));
    }

    @Test
    void syntaxErrorCarriesSourceLineAndKind() {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 1\nif x\n    pass\n", "p.py", 11));
        assertEquals("    if x".strip(), e.sourceLine().strip());
        assertEquals("SyntaxError: expected ':'", e.lastLine());
        assertEquals(2, e.line());
        assertEquals(5, e.col());
    }

    @Test
    void versionSelectsTheMessage() {
        PySyntaxError old = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 'abc\n", "p.py", 9));
        PySyntaxError now = assertThrows(PySyntaxError.class, () -> Parser.parse("x = 'abc\n", "p.py", 12));
        assertEquals("EOL while scanning string literal", old.pyMessage());
        assertEquals("unterminated string literal (detected at line 1)", now.pyMessage());
    }
}
