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
import java.util.stream.Stream;

import org.heapsim.python.runtime.StrRepr;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The tokenizer against CPython 3.11's {@code tokenize} module on every corpus program: the
 * token stream, written as record.py writes it, must hash to the digest recorded from CPython;
 * where CPython's compiler stops with a tokenizer SyntaxError, ours must stop at the same place.
 */
class TokenizerTest {
    private static final Path PROGRAMS = Path.of("..", "testdata", "programs");

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
                    Tokenizer.TokenizeError e = assertThrows(Tokenizer.TokenizeError.class, () -> Tokenizer.tokenize(source));
                    assertEquals(cells[2], e.line() + ":" + e.col(), "where CPython's compile() reports the SyntaxError");
                    return;
                }
                assertEquals(cells[1], digest(stream(source)), () -> "token stream of " + cells[0] + ":\n" + stream(source));
            });
        });
    }

    @Test
    void fileWithoutFinalNewlineGetsAnEmptyNewlineToken() {
        assertEquals("NAME\t1:0-1:1\t'x'\nNEWLINE\t1:1-1:2\t''\nENDMARKER\t2:0-2:0\t''\n", stream("x"));
    }

    @Test
    void dedentsComeBeforeTheFirstTokenOfTheOuterLine() {
        String tokens = stream("if x:\n    y\nz\n");
        assertEquals(true, tokens.contains("NEWLINE\t2:5-2:6\t'\\n'\nDEDENT\t3:0-3:0\t''\nNAME\t3:0-3:1\t'z'\n"), tokens);
    }

    static String stream(String source) {
        StringBuilder sb = new StringBuilder();
        for (Tokenizer.Token t : Tokenizer.tokenize(source)) {
            sb.append(t.type()).append('\t')
                    .append(t.line()).append(':').append(t.col()).append('-')
                    .append(t.endLine()).append(':').append(t.endCol()).append('\t')
                    .append(StrRepr.repr(t.text())).append('\n');
        }
        return sb.toString();
    }

    private static String digest(String stream) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(stream.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
    }
}
