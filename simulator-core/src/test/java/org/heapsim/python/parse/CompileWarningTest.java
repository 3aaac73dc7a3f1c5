package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The SyntaxWarnings of each parse/warnings case equal those CPython 3.X emits (recorded by record.py). */
class CompileWarningTest {

    @TestFactory
    Stream<DynamicTest> warningsMatchCPython() {
        Map<String, String> sources = Cases.sections("/parse/warnings/cases.txt");
        return Stream.of(8, 9, 10, 11, 12, 13).flatMap(minor -> {
            Map<String, String> expected = Cases.sections("/parse/warnings/expected-3." + minor + ".txt");
            return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest("3." + minor + " " + e.getKey(), () -> {
                List<String> actual = new ArrayList<>();
                for (CompileWarning w : Parser.parse(e.getValue(), "prog.py", minor).warnings()) {
                    actual.add(w.category() + "\t" + w.line() + "\t" + w.message());
                }
                assertEquals(expected.get(e.getKey()).strip(), String.join("\n", actual));
            }));
        });
    }

    /** Every program copied from /work/shared warns exactly as CPython 3.X does (parse/warnings/record_programs.py). */
    @TestFactory
    Stream<DynamicTest> programsWarnLikeCPython() {
        return Stream.of(8, 9, 10, 11, 12, 13).flatMap(minor -> {
            Map<String, String> expected = Cases.sections("/parse/warnings/programs-3." + minor + ".txt");
            return expected.entrySet().stream().map(e -> DynamicTest.dynamicTest("3." + minor + " " + e.getKey(), () -> {
                String source = Cases.resource("/parse/programs/" + e.getKey());
                List<String> actual = new ArrayList<>();
                for (CompileWarning w : Parser.parse(source, e.getKey(), minor).warnings()) {
                    actual.add(w.category() + "\t" + w.line() + "\t" + w.message());
                }
                assertEquals(e.getValue().strip(), String.join("\n", actual));
            }));
        });
    }

    @Test
    void formatsLikeTheWarningsModule() {
        CompileWarning w = Parser.parse("x = 1\nif x is 1:\n    pass\n", "prog.py", 11).warnings().get(0);
        assertEquals("prog.py:2: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n  if x is 1:\n",
                w.format("prog.py"));
    }
}
