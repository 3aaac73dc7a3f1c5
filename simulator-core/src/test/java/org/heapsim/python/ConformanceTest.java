package org.heapsim.python;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.heapsim.check.Comparison;
import org.heapsim.check.CorpusProgram;
import org.heapsim.check.Outcome;
import org.heapsim.heap.LargeStack;
import org.heapsim.python.vm.PyRuntime;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every program of testdata/programs on every version, against what CPython printed
 * (recorded by scripts/record-cpython.py): the same comparison as {@code heapsim check}.
 *
 * <p>{@code conformance/known-failures.txt} lists the pairs ({@code 3.11 seeds/seed_cheese})
 * that do not pass yet; they are reported as skipped with their difference, so the count of
 * skipped tests is the work left. A listed pair that passes fails the test until it is removed
 * from the list, so the list only ever shrinks; an unlisted pair that fails is a regression.
 */
class ConformanceTest {
    private static final Path PROGRAMS = Path.of("..", "testdata", "programs");

    @TestFactory
    Stream<DynamicNode> everyProgramPrintsWhatCPythonPrinted() throws IOException {
        Set<String> known = knownFailures();
        List<CorpusProgram> programs = CorpusProgram.findAll(PROGRAMS);
        List<DynamicNode> perVersion = new ArrayList<>();
        for (PythonVersion v : PythonVersion.values()) {
            perVersion.add(DynamicContainer.dynamicContainer(v.label(), programs.stream().map(p ->
                    DynamicTest.dynamicTest(p.id(), p.source().toUri(), () -> check(p, v, known.contains(v.label() + " " + p.id()))))));
        }
        return perVersion.stream();
    }

    private static void check(CorpusProgram p, PythonVersion v, boolean knownFailure) throws Exception {
        Outcome expected = p.expected(v).orElseThrow(() -> new AssertionError(p.id() + " has no recording for " + v));
        List<String> diffs = LargeStack.call(() -> differences(p, v, expected));
        if (knownFailure) {
            if (diffs.isEmpty()) {
                fail(v.label() + " " + p.id() + " passes now: remove it from conformance/known-failures.txt");
            }
            Assumptions.abort("known failure: " + String.join("; ", diffs));
        }
        if (!diffs.isEmpty()) {
            fail(String.join("\n", diffs));
        }
    }

    private static List<String> differences(CorpusProgram p, PythonVersion v, Outcome expected) throws IOException {
        try {
            Outcome actual = ProgramRunner.run(p.text(), p.source().getFileName().toString(), v, PyRuntime.Limits.DEFAULT);
            return Comparison.differences(expected, actual);
        } catch (ProgramRunner.NotSupported e) {
            return List.of("not supported: " + e.getMessage());
        }
    }

    private static Set<String> knownFailures() throws IOException {
        Set<String> out = new HashSet<>();
        try (InputStream in = ConformanceTest.class.getResourceAsStream("/conformance/known-failures.txt")) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        }
        return out;
    }
}
