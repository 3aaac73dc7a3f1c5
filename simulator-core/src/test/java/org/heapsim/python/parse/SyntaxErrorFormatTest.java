package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Running each erroneous case as a script prints exactly what CPython 3.X prints on stderr
 * (recorded by parse/errors/record_stderr.py), except for the cases listed in {@link #DIFFERS}.
 */
class SyntaxErrorFormatTest {
    /**
     * Cases whose File line or caret we do not reproduce, as "3.X:case" (the last line still
     * matches): 3.8/3.9 reading a script report a string or continuation running into the end of
     * the file two lines further on, and a few carets sit on odd tokens.
     */
    static final Set<String> DIFFERS = Set.of(
            "3.8:unterminated_triple", "3.9:unterminated_triple", "3.8:eof_in_continuation", "3.9:eof_in_continuation",
            "3.8:from_import_trailing_comma", "3.9:walrus_unparenthesized_stmt");

    /** Valid Python that heapsim rejects as unsupported before CPython's own check would apply. */
    static final Set<String> UNSUPPORTED = Set.of("await_outside");

    @TestFactory
    Stream<DynamicTest> stderrMatchesCPython() {
        Map<String, String> sources = Cases.sections("/parse/errors/cases.txt");
        return Stream.of(8, 9, 10, 11, 12, 13).flatMap(minor -> {
            Map<String, String> expected = Cases.sections("/parse/errors/stderr-3." + minor + ".txt");
            return sources.entrySet().stream()
                    .filter(e -> expected.get(e.getKey()).startsWith("  File") && !UNSUPPORTED.contains(e.getKey())
                            && !DIFFERS.contains("3." + minor + ":" + e.getKey()))
                    .map(e -> DynamicTest.dynamicTest("3." + minor + " " + e.getKey(), () -> {
                        PySyntaxError error = assertThrows(PySyntaxError.class,
                                () -> Parser.parse(e.getValue(), "prog.py", minor));
                        assertEquals(expected.get(e.getKey()), error.format("prog.py", minor));
                    }));
        });
    }
}
