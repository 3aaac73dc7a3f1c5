package org.heapsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heapsim.check.Comparison;
import org.heapsim.check.CorpusProgram;
import org.heapsim.check.Outcome;
import org.heapsim.heap.LargeStack;
import org.heapsim.python.vm.PyRuntime;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The programs of testdata/programs/tracebacks print all of stderr as CPython did, byte for
 * byte with addresses masked (the conformance test compares only the last line): the entries
 * outermost first with their source lines, 3.11+'s markers (C's algorithm in 3.11-3.12,
 * Lib/traceback.py's in 3.13), chained exceptions, cut runs of recursion, and the tracebacks of
 * "Exception ignored in" reports.
 */
class TracebackFormatTest {
    private static final Path PROGRAMS = Path.of("..", "testdata", "programs", "tracebacks");

    @TestFactory
    Stream<DynamicTest> wholeStderrAsCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (CorpusProgram p : CorpusProgram.findAll(PROGRAMS)) {
            for (PythonVersion v : PythonVersion.values()) {
                tests.add(DynamicTest.dynamicTest(v.label() + " " + p.id(), () -> {
                    Outcome expected = p.expected(v).orElseThrow();
                    Outcome actual = LargeStack.call(() -> ProgramRunner.run(p.text(),
                            p.source().getFileName().toString(), v, PyRuntime.Limits.DEFAULT));
                    assertEquals(List.of(), Comparison.differences(expected, actual, true));
                }));
            }
        }
        return tests.stream();
    }
}
