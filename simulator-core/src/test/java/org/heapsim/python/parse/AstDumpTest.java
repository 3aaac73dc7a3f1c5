package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;

import org.heapsim.python.ast.AstDump;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each snippet of parse/dump/cases.txt must dump exactly as CPython 3.11's ast.dump (recorded by record.py). */
class AstDumpTest {

    @TestFactory
    Stream<DynamicTest> snippetsDumpLikeCPython311() {
        Map<String, String> sources = Cases.sections("/parse/dump/cases.txt");
        Map<String, String> expected = Cases.sections("/parse/dump/expected-3.11.txt");
        return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            ParseResult result = new Parser(11).parseSyntax(e.getValue(), "prog.py");
            assertEquals(expected.get(e.getKey()).strip(), AstDump.dump(result.module()));
        }));
    }

    /**
     * Node positions (line, col_offset, end positions) equal CPython 3.11's. Columns are counted in
     * characters while CPython counts UTF-8 bytes, so snippets with non-ASCII text are left out.
     */
    @TestFactory
    Stream<DynamicTest> positionsMatchCPython311() {
        Map<String, String> sources = Cases.sections("/parse/dump/cases.txt");
        Map<String, String> expected = Cases.sections("/parse/dump/expected-positions-3.11.txt");
        return sources.entrySet().stream().filter(e -> e.getValue().chars().allMatch(c -> c < 128))
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
                    ParseResult result = new Parser(11).parseSyntax(e.getValue(), "prog.py");
                    assertEquals(expected.get(e.getKey()).strip(), AstDump.dumpWithPositions(result.module()));
                }));
    }
}
