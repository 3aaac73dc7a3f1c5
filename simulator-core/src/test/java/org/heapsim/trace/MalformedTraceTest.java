package org.heapsim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.heapsim.heap.PyError;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Malformed traces are reported as FILE:LINE:COL: message and nothing else: each file in
 * testdata/traces-malformed states its expected error on its first line; random text never
 * escapes as anything but a TraceSyntaxError, a Python error of the simulated program, or a
 * normal result.
 */
class MalformedTraceTest {
    static final Path DIR = Path.of("..", "testdata", "traces-malformed");

    @TestFactory
    Stream<DynamicTest> malformedTracesReportLineAndColumn() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> list = files.filter(p -> p.toString().endsWith(".heap")).sorted().toList();
            assertTrue(list.size() >= 10);
            return list.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String expected = text.lines().findFirst().orElseThrow().replaceFirst("^# error: ", "");
                TraceSyntaxError e = assertThrows(TraceSyntaxError.class, () -> {
                    Trace t = HeapTraceReader.read("t.heap", text);
                    TraceReplayer.versionsOf(t);
                    TraceReplayer.replay(t, PythonVersion.V3_11, null);
                });
                assertEquals("t.heap:" + expected, e.format("t.heap"));
            }));
        }
    }

    @Property(tries = 300)
    void randomTextIsRejectedCleanly(@ForAll("traceText") String text) {
        try {
            Trace t = HeapTraceReader.read("fuzz.heap", text);
            TraceReplayer.replay(t, PythonVersion.V3_11, null);
        } catch (TraceSyntaxError | PyError expected) {
            assertTrue(expected.getMessage() != null && !expected.getMessage().isEmpty());
        }
    }

    @Provide
    Arbitrary<String> traceText() {
        Arbitrary<String> word = Arbitraries.of("new", "x", "y", "list", "dict", "C", "class", "del", "print", "\"s\"",
                "append", "setitem", "0", "1", "-3", "unbind", "bind", "weakref", "w", "collect", "expect", "dead",
                "alive", "refcount", "frame", "f", "local", "return", "gc", "threshold", "finalize", "call", "\"",
                "#", "setattr", "a", "tuple", "set", "add", "proxy", "shutdown", "None", "slots", "base", "atexit");
        Arbitrary<String> line = word.list().ofMinSize(0).ofMaxSize(6).map(ws -> String.join(" ", ws));
        return line.list().ofMinSize(1).ofMaxSize(12).map(ls -> String.join("\n", ls));
    }
}
