package org.heapsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heapsim.check.CorpusProgram;
import org.heapsim.check.Outcome;
import org.heapsim.heap.LargeStack;
import org.heapsim.python.vm.PyRuntime;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Explaining must not change the program: on every corpus program (3.11), asking for every
 * line of it gives the same stdout (once the explanations are taken out), stderr and status
 * as running it without listeners, and no Java exception. (The two programs of 100,000
 * objects are left out: explaining each of their lines takes minutes.)
 */
class ExplainCorpusTest {
    private static final Path PROGRAMS = Path.of("..", "testdata", "programs");
    /** Programs of 100,000 objects: explaining each of their lines takes minutes. */
    private static final java.util.Set<String> SLOW = java.util.Set.of("trashcan/long_chain_100k", "trashcan/deep_nested_containers");

    @TestFactory
    Stream<DynamicTest> explainingEveryLineChangesNothing() throws IOException {
        return CorpusProgram.findAll(PROGRAMS).stream().filter(p -> !SLOW.contains(p.id())).map(p ->
                DynamicTest.dynamicTest(p.id(), p.source().toUri(), () -> LargeStack.call(() -> {
                    check(p);
                    return null;
                })));
    }

    private static void check(CorpusProgram p) throws IOException {
        String name = p.source().getFileName().toString();
        String text = p.text();
        Outcome plain;
        try {
            plain = ProgramRunner.run(text, name, PythonVersion.V3_11, PyRuntime.Limits.DEFAULT);
        } catch (RuntimeException e) {
            Assumptions.abort("the program does not run: " + e);
            return;
        }
        int lines = text.split("\n", -1).length;
        List<ProgramExplainer.Request> every = new ArrayList<>();
        for (int i = 1; i <= lines; i++) {
            every.add(new ProgramExplainer.Request(i, List.of()));
        }
        StringBuilder out = new StringBuilder();
        ProgramExplainer.Result r = ProgramExplainer.run(text, name, PythonVersion.V3_11, PyRuntime.Limits.DEFAULT, every,
                false, out::append);
        assertEquals(plain.stdout(), withoutExplanations(out.toString()), "stdout");
        assertEquals(plain.stderr(), r.outcome().stderr(), "stderr");
        assertEquals(plain.status(), r.outcome().status(), "status");
    }

    /** The output with each explanation (from its "── heapsim explain" line to its closing "──") taken out. */
    static String withoutExplanations(String s) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String line : s.split("(?<=\n)")) {
            if (!in && line.startsWith("── heapsim explain: ")) {
                in = true;
            } else if (in && line.equals("──\n")) {
                in = false;
            } else if (!in) {
                sb.append(line);
            }
        }
        return sb.toString().replace(ProgramExplainer.LINE_CUT, "");
    }
}
