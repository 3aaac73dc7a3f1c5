package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Randomly mangled programs (parse/mutants, made by make_mutants.py) against CPython's verdicts
 * (recorded per version by record.py, as running them as scripts reports them). What CPython accepts we must accept and vice versa; the
 * class, line and message must match for nearly all of them.
 */
class MutantTest {

    @ParameterizedTest(name = "3.{0}")
    @ValueSource(ints = {8, 9, 10, 11, 12, 13})
    void mutantsCompileLikeCPython(int minor) {
        check("mutants", "expected-3." + minor, minor, MAX_MESSAGE_MISMATCHES);
    }

    /** A second batch, recorded after the parser was tuned on the first: how well it generalises. */
    @ParameterizedTest(name = "3.{0}")
    @ValueSource(ints = {8, 9, 10, 11, 12, 13})
    void freshMutantsCompileLikeCPython(int minor) {
        check("mutants2", "mutants2-expected-3." + minor, minor, MAX_FRESH_MISMATCHES);
    }

    private static void check(String batch, String expectations, int minor, int maxMismatches) {
        Map<String, String> sources = new LinkedHashMap<>();
        Cases.sections("/parse/mutants/" + batch + ".txt").forEach((k, v) -> sources.put(k.split(" ")[0], v));
        List<String> verdictMismatches = new ArrayList<>();
        List<String> messageMismatches = new ArrayList<>();
        for (String line : Cases.resource("/parse/mutants/" + expectations + ".txt").split("\n")) {
            String[] f = line.split("\t", -1);
            String expected = f[1].equals("OK") ? "OK" : f[1] + "|" + f[2] + "|" + f[3];
            String actual = outcome(sources.get(f[0]), minor);
            if (expected.equals("OK") != actual.equals("OK")) {
                verdictMismatches.add(f[0] + ": CPython " + expected + ", we " + actual);
            } else if (!expected.equals(actual)) {
                messageMismatches.add(f[0] + ": CPython " + expected + ", we " + actual);
            }
        }
        assertEquals(List.of(), verdictMismatches);
        assertTrue(messageMismatches.size() <= maxMismatches,
                messageMismatches.size() + " mismatches:\n" + String.join("\n", messageMismatches));
    }

    /**
     * Obscure cases we answer differently; kept small on purpose. Known today: 3.8 reports a
     * misplaced '=' in call arguments (m369) and an unexpected indent (m111) only after parsing on,
     * and places an f-string error one line off (m042); 3.10+ find a missing comma in
     * {@code a{ise Va;...}} (m390) through a grammar path we do not replay.
     */
    private static final int MAX_MESSAGE_MISMATCHES = 3;

    /** 3.8 (m022, m318): its LL(1) parser reads the whole file before ast.c reports a bad target. */
    private static final int MAX_FRESH_MISMATCHES = 2;

    private static String outcome(String source, int minor) {
        try {
            Parser.parse(source, "prog.py", minor);
            return "OK";
        } catch (PySyntaxError e) {
            return e.kind() + "|" + e.line() + "|" + e.pyMessage();
        } catch (UnsupportedSyntax e) {
            return "Unsupported " + e.construct();
        }
    }
}
