package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.heapsim.python.ast.AstDump;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program copied from /work/shared (cpython-experiments and bench) compiles under every
 * supported version, and its tree dumps exactly as CPython 3.11's ast.dump recorded next to it.
 */
class ProgramsTest {

    static List<Path> programs() throws IOException, URISyntaxException {
        Path root = Path.of(ProgramsTest.class.getResource("/parse/programs").toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".py") && !p.getFileName().toString().equals("record.py"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> programsDumpLikeCPython311() throws Exception {
        return programs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            String expected = Files.readString(p.resolveSibling(p.getFileName() + ".dump"), StandardCharsets.UTF_8);
            ParseResult result = Parser.parse(source, p.getFileName().toString(), 11);
            assertEquals(expected.strip(), AstDump.dump(result.module()));
        }));
    }

    /** Node positions (CPython 3.11's ast.dump with include_attributes=True): what tracebacks point at. */
    @TestFactory
    Stream<DynamicTest> programPositionsMatchCPython311() throws Exception {
        return programs().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String source = Files.readString(p, StandardCharsets.UTF_8);
            String expected = Files.readString(p.resolveSibling(p.getFileName() + ".posdump"), StandardCharsets.UTF_8);
            ParseResult result = new Parser(11).parseSyntax(source, p.getFileName().toString());
            assertEquals(expected.strip(), AstDump.dumpWithPositions(result.module()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> programsCompileUnderEveryVersion() throws Exception {
        return programs().stream().flatMap(p -> Stream.of(8, 9, 10, 12, 13).map(minor ->
                DynamicTest.dynamicTest(p.getFileName() + " 3." + minor, () -> {
                    String source = Files.readString(p, StandardCharsets.UTF_8);
                    Parser.parse(source, p.getFileName().toString(), minor);
                })));
    }
}
