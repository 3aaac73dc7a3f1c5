package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.Collectors;

import org.heapsim.python.ast.AstDump;
import org.junit.jupiter.api.Test;

/** Tokenizer behaviour that the recorded CPython cases do not pin down on their own. */
class TokenizerTest {

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
