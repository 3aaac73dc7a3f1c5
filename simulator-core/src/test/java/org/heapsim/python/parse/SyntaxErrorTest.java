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

    /** Cases where we give CPython's message and line but not its column, as "3.X:case". */
    private static final Set<String> COLUMN_DIFFERS = Set.of(
            "3.10:kwargs_then_star", "3.13:kwargs_then_star", "3.9:walrus_unparenthesized_stmt",
            "3.8:from_import_trailing_comma",
            // running a script, 3.10+ have no column for a block missing at end of file (compile() says 9)
            "3.10:missing_indent_eof", "3.11:missing_indent_eof", "3.12:missing_indent_eof", "3.13:missing_indent_eof");

    /** 3.8/3.9 scripts report these end-of-file errors two lines past the end; we give compile()'s line. */
    private static final Set<String> LINE_DIFFERS = Set.of(
            "3.8:unterminated_triple", "3.9:unterminated_triple", "3.8:eof_in_continuation", "3.9:eof_in_continuation");

    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() {
        Map<String, String> sources = Cases.sections("/parse/errors/cases.txt");
        return Stream.of(8, 9, 10, 11, 12, 13).flatMap(minor -> {
            Map<String, String> expected = expectations(minor);
            Map<String, String> stderr = Cases.sections("/parse/errors/stderr-3." + minor + ".txt");
            return sources.entrySet().stream().filter(e -> !UNSUPPORTED.contains(e.getKey()))
                    .map(e -> DynamicTest.dynamicTest("3." + minor + " " + e.getKey(),
                            () -> check(minor, e.getKey(), e.getValue(), expected.get(e.getKey()),
                                    scriptLine(stderr.get(e.getKey())))));
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

    /** The line of the "  File ..., line N" header CPython printed running the case as a script, or null. */
    private static String scriptLine(String stderr) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^  File \"prog.py\", line (\\d+)").matcher(stderr);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Class and message as compile() reported them; the line as running the script reported it
     * (they differ for some end-of-file errors in 3.8/3.9); the column as compile() reported it.
     */
    private static void check(int minor, String name, String source, String expectedLine, String scriptLine) {
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
        String key = "3." + minor + ":" + name;
        String line = scriptLine == null || LINE_DIFFERS.contains(key) ? f[2] : scriptLine;
        assertEquals(kind + "|" + line + "|" + f[6], error.kind() + "|" + error.line() + "|" + error.pyMessage());
        if (line.equals(f[2]) && !COLUMN_DIFFERS.contains(key)) {
            assertEquals(f[3], Integer.toString(error.col()), "column");
        }
    }
}
