package org.heapsim.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    @Test
    void everyRecordedOutcomeAgreesWithItself() throws Exception {
        List<CorpusProgram> all = CorpusProgram.findAll(Path.of("..", "testdata", "programs"));
        assertTrue(all.size() >= 100, "corpus has " + all.size() + " programs");
        for (CorpusProgram p : all) {
            for (PythonVersion v : PythonVersion.values()) {
                Outcome o = p.expected(v).orElseThrow(() -> new AssertionError(p.id() + " not recorded for " + v));
                assertEquals(List.of(), Comparison.differences(o, o), p.id());
            }
        }
    }

    @Test
    void addressesInIgnoredReportsAreMasked() {
        Outcome cpython = new Outcome("", "Exception ignored in: <function <lambda> at 0x7f12ab>\nTraceback...\nValueError: x\n", 0);
        Outcome heapsim = new Outcome("", "Exception ignored in: <function <lambda> at 0x1>\nValueError: x\n", 0);
        assertEquals(List.of(), Comparison.differences(cpython, heapsim));
    }

    @Test
    void reportsStdoutStatusAndLastLine() {
        Outcome cpython = new Outcome("a\nb\n", "Traceback\nNameError: name 'e' is not defined\n", 1);
        Outcome heapsim = new Outcome("a\nc\n", "NameError: name 'x' is not defined\n", 0);
        List<String> d = Comparison.differences(cpython, heapsim);
        assertEquals(3, d.size(), d.toString());
        assertEquals("stdout differs at line 2: CPython printed \"b\", heapsim \"c\"", d.get(0));
        assertEquals("exit status 0, CPython 1", d.get(1));
        assertEquals("last stderr line \"NameError: name 'x' is not defined\", CPython \"NameError: name 'e' is not defined\"", d.get(2));
    }
}
