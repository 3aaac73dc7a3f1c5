package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each erroneous snippet of parse/errors/cases.txt must raise the SyntaxError CPython 3.X raises
 * (recorded per version by parse/errors/record.py): same class, message and line, and the same
 * column unless the case is listed in {@link #COLUMN_DIFFERS}.
 */
class SyntaxErrorTest {
    /** Valid Python that heapsim rejects as unsupported instead (tested in UnsupportedSyntaxTest). */
    private static final Set<String> UNSUPPORTED = Set.of("await_outside");

    /** Cases where we give CPython's message and line but not its column, as "version:case". */
    private static final Set<String> COLUMN_DIFFERS = Set.of(
            "3.10:kwargs_then_star", "3.13:kwargs_then_star", "3.9:walrus_unparenthesized_stmt",
            "3.8:from_import_trailing_comma");

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        Map<String, String> sources = Cases.sections("/parse/errors/cases.txt");
        return Stream.of(8, 9, 10, 11, 12, 13).flatMap(minor -> {
            Map<String, String> expected = expectations(minor);
            return sources.entrySet().stream().filter(e -> !UNSUPPORTED.contains(e.getKey()))
                    .map(e -> DynamicTest.dynamicTest("3." + minor + " " + e.getKey(),
                            () -> check(minor, e.getKey(), e.getValue(), expected.get(e.getKey()))));
        });
    }

    private static Map<String, String> expectations(int minor) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String line : Cases.resource("/parse/errors/expected-3." + minor + ".txt").split("\n")) {
            if (!line.isBlank()) {
                out.put(line.split("\t")[0], line);
            }
        }
        return out;
    }

    private static void check(int minor, String name, String source, String expectedLine) {
        String[] f = expectedLine.split("\t", -1);
        String kind = f[1];
        PySyntaxError error;
        try {
            Parser.parse(source, "prog.py", minor);
            if (!kind.equals("OK")) {
                fail("expected " + kind + ": " + f[6]);
            }
            return;
        } catch (PySyntaxError e) {
            error = e;
        }
        String actual = error.kind() + "|" + error.line() + "|" + error.pyMessage();
        assertEquals(kind + "|" + f[2] + "|" + f[6], actual);
        if (!COLUMN_DIFFERS.contains("3." + minor + ":" + name)) {
            assertEquals(f[3], Integer.toString(error.col()), "column");
        }
    }
}
