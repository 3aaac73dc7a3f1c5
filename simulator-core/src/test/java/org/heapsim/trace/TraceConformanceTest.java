package org.heapsim.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every heap trace in {@code testdata/traces} replayed on every version it is written for:
 * all its expectations hold, and where it has a twin Python program its output equals what
 * CPython printed for the twin (recorded by scripts/record-cpython.py).
 */
class TraceConformanceTest {
    static final Path TRACES = Path.of("..", "testdata", "traces");

    @TestFactory
    Stream<DynamicTest> traces() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(TRACES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".heap")).sorted().toList()) {
                Trace trace = read(file);
                for (PythonVersion v : TraceReplayer.versionsOf(trace)) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + " [" + v + "]", file.toUri(), () -> check(file, trace, v)));
                }
            }
        } catch (TraceSyntaxError e) {
            fail(e.getMessage());
        }
        assertTrue(tests.size() > 0, "no traces found in " + TRACES.toAbsolutePath());
        return tests.stream();
    }

    static Trace read(Path file) throws IOException, TraceSyntaxError {
        return HeapTraceReader.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The twin program's file name: the trace's twin record, else NAME.py. */
    private static String twinOf(Path file, Trace trace) {
        for (TraceRecord r : trace.records()) {
            if (r instanceof TraceRecord.Twin twin) {
                assertTrue(Files.exists(file.resolveSibling(twin.program())), file + " names a twin that is not there: " + twin.program());
                return twin.program();
            }
        }
        return file.getFileName().toString().replaceFirst("\\.heap$", ".py");
    }

    private static void check(Path file, Trace trace, PythonVersion v) throws Exception {
        TraceReplayer.Result r = TraceReplayer.replay(trace, v, null);
        assertEquals(List.of(), r.failures(), "expectations of " + file);
        String stem = twinOf(file, trace).replaceFirst("\\.py$", "");
        Path expected = file.resolveSibling(stem + ".expected").resolve(v.label() + ".stdout");
        if (Files.exists(file.resolveSibling(stem + ".py"))) {
            assertTrue(Files.exists(expected), "the twin " + stem + ".py has no recorded output for " + v
                    + ": run scripts/record-cpython.py testdata/traces");
            assertEquals(Files.readString(expected, StandardCharsets.UTF_8), r.stdout(),
                    "output of " + file + " against CPython " + v + " running " + stem + ".py");
            String status = Files.readString(file.resolveSibling(stem + ".expected").resolve(v.label() + ".status")).strip();
            assertEquals(Integer.parseInt(status), r.exitStatus(), "exit status against CPython " + v);
        } else {
            assertEquals(0, r.exitStatus(), "exit status; stderr:\n" + r.stderr());
        }
    }
}
