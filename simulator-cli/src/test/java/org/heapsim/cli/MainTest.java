package org.heapsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit statuses, messages, never a stack trace. */
class MainTest {
    static final Path TRACES = Path.of("..", "testdata", "traces");

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        assertFalse(err.toString().contains("\tat org."), "stack trace on stderr:\n" + err);
        assertFalse(out.toString().contains("\tat org."), "stack trace on stdout:\n" + out);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void runEventsInterleavesOutputWithTheFreesAndFinalizersOfEachLine(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("p.py");
        java.nio.file.Files.writeString(p, String.join("\n",
                "class D:",
                "    def __del__(self): print('del D')",
                "d = D()",
                "print('before')",
                "del d",
                "print('after')", ""));
        Run r = run("run", "--events", "--only", "free,del,output", "--type", "D", p.toString());
        assertEquals(0, r.status(), r.err());
        // each line that did something of the kinds asked for, then what it did, indented by cause
        String[] lines = r.out().strip().split("\n");
        assertEquals(8, lines.length, r.out());
        assertTrue(lines[0].matches(".*p\\.py:4  print\\('before'\\)"), lines[0]);
        assertTrue(lines[1].matches(".*p\\.py:4    stdout\\| before"), lines[1]);
        assertTrue(lines[2].matches(".*p\\.py:5  del d"), lines[2]);
        assertTrue(lines[3].matches(".*p\\.py:5    free D#\\d+ \\(refcount 0\\)"), lines[3]);
        assertTrue(lines[4].matches(".*p\\.py:5      __del__ of D#\\d+"), lines[4]);
        assertTrue(lines[5].matches(".*p\\.py:2      stdout\\| del D"), lines[5]);
        assertTrue(lines[6].matches(".*p\\.py:6  print\\('after'\\)"), lines[6]);
        assertTrue(lines[7].matches(".*p\\.py:6    stdout\\| after"), lines[7]);
    }

    @Test
    void runEventsRejectsAnUnknownKind(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("p.py");
        java.nio.file.Files.writeString(p, "print(1)\n");
        Run r = run("run", "--events", "--only", "frees", p.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown event kind 'frees'"), r.err());
    }

    @Test
    void explainTheSeedsDelCatalog() {
        Run r = run("explain", "--line", "18", Path.of("..", "testdata", "programs", "seeds", "seed_cheese.py").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("['block', 'hehe', 'lock', 'red']\n── heapsim explain: line 18 'del catalog' has run"), r.out());
        assertTrue(r.out().contains("removed stock['lock']"), r.out());
        assertTrue(r.out().contains("held by global 'cheese' (for-loop variable, line 14)"), r.out());
        assertTrue(r.out().endsWith("──\n['hehe']\n"), r.out());
    }

    @Test
    void explainFollowsTheMarkersAndReportsALineThatNeverRan(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("p.py");
        Files.writeString(p, String.join("\n",
                "class A:",
                "    pass",
                "a = A()",
                "b = a  # heapsim: why b",
                "def never():",
                "    x = 1  # heapsim: explain",
                "print('ok')", ""));
        Run r = run("explain", p.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().matches("(?s)── heapsim explain: line 4 'b = a' has run \\(its first run, in the module\\)\n.*"
                + "'b': A#\\d+ is alive: refcount 2, held by global 'a', global 'b'\n.*──\nok\n"), r.out());
        assertTrue(r.err().contains(p + ":6 never ran"), r.err());
    }

    @Test
    void explainWithoutLineOrMarkerIsAUsageError(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("p.py");
        Files.writeString(p, "print(1)\n");
        Run r = run("explain", p.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("give --line N"), r.err());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("trace"), r.out());
        assertTrue(r.out().contains("bench"), r.out());
        assertTrue(r.out().contains("explain"), r.out());
        assertTrue(r.out().contains("Exit status"), r.out());
    }

    @Test
    void seedTracePassesAndShowsTheFreesOfDelCatalog() {
        Run r = run("trace", TRACES.resolve("seed_cheese.heap").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("unbind catalog"), r.out());
        assertTrue(r.out().contains("free list#"), r.out());
    }

    @Test
    void quietPrintsOnlyTheProgramOutput() {
        Run r = run("trace", "-q", TRACES.resolve("seed_cheese.heap").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("lock freed\nentry removed\n"), r.out());
        assertFalse(r.out().contains("free list#"), r.out());
    }

    @Test
    void failedExpectationNamesWhatHoldsTheObject(@TempDir Path dir) throws IOException {
        Path t = dir.resolve("t.heap");
        Files.writeString(t, "class Cheese\nnew cheese Cheese\nexpect dead cheese\n");
        Run r = run("trace", "-q", t.toString());
        assertEquals(1, r.status());
        assertEquals(t + ":3: expected cheese dead, but it is alive (refcount 1: held by name 'cheese')\n", r.err());
    }

    @Test
    void malformedLineIsUsageErrorWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path t = dir.resolve("bad.heap");
        Files.writeString(t, "new x list\n  frobnicate x\n");
        Run r = run("trace", t.toString());
        assertEquals(2, r.status());
        assertEquals(t + ":2:3: unknown record type 'frobnicate'\n", r.err());
    }

    @Test
    void missingFileIsUsageError() {
        Run r = run("trace", "no/such/file.heap");
        assertEquals(2, r.status());
        assertEquals("heapsim: no/such/file.heap: no such file\n", r.err());
    }

    @Test
    void unknownVersionIsUsageError() {
        Run r = run("trace", "--python", "2.7", TRACES.resolve("seed_cheese.heap").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unsupported Python version '2.7'"), r.err());
    }

    @Test
    void unknownOptionIsUsageError() {
        Run r = run("trace", "--frobnicate");
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("heapsim: "), r.err());
    }

    @Test
    void uncaughtPythonErrorInTraceExitsOne(@TempDir Path dir) throws IOException {
        Path t = dir.resolve("t.heap");
        Files.writeString(t, "new l list\nweakref w l\n");
        Run r = run("trace", "-q", t.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().endsWith("TypeError: cannot create weak reference to 'list' object\n"), r.err());
    }

    @Test
    void jsonExportHasOneSelfContainedStepPerRecord(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seed.json");
        Run r = run("trace", "-q", "--json", out.toString(), TRACES.resolve("seed_cheese.heap").toString());
        assertEquals(0, r.status(), r.err());
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertEquals("heapsim.run/1", doc.get("schema").asText());
        assertEquals("3.11", doc.get("python").asText());
        com.fasterxml.jackson.databind.JsonNode steps = doc.get("steps");
        assertEquals(32, steps.size()); // 31 records and the interpreter's shutdown
        for (com.fasterxml.jackson.databind.JsonNode step : steps) {
            for (String field : new String[] {"step", "line", "source", "globals", "heap", "events", "stdout"}) {
                assertTrue(step.has(field), field + " missing in " + step.get("step"));
            }
            java.util.Set<Long> ids = new java.util.HashSet<>();
            step.get("heap").get("objects").forEach(o -> ids.add(o.get("id").asLong()));
            step.get("heap").get("edges").forEach(e -> {
                assertTrue(ids.contains(e.get("from").asLong()) && ids.contains(e.get("to").asLong()), "dangling edge " + e);
            });
        }
        com.fasterxml.jackson.databind.JsonNode delCatalog = steps.get(24);
        assertEquals("unbind catalog", delCatalog.get("source").asText());
        assertTrue(delCatalog.get("stdout").asText().contains("lock freed"));
        long frees = 0;
        for (com.fasterxml.jackson.databind.JsonNode e : delCatalog.get("events")) {
            if (e.get("type").asText().equals("Freed") && e.get("label").asText().startsWith("Cheese")) {
                frees++;
            }
        }
        assertEquals(3, frees, "del catalog frees three cheeses");
    }

    @Test
    void runPrintsASyntaxErrorAsCPythonDoesWithStatus1(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, "x = 1\nif x\n    pass\n");
        Run r = run("run", p.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().endsWith("SyntaxError: expected ':'\n"), r.err());
    }

    @Test
    void runRefusesAConstructOutsideTheSubsetWithItsPosition(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("prog.py");
        Files.writeString(p, "x = 1\nasync def f():\n    pass\n");
        Run r = run("run", "--python", "3.12", p.toString());
        assertEquals(2, r.status(), r.err());
        assertEquals("heapsim: " + p + ":2:1: 'async def' is not supported\n", r.err());
    }

    @Test
    void runOfAMissingFileIsAUsageError() {
        Run r = run("run", "no-such-program.py");
        assertEquals(2, r.status());
        assertEquals("heapsim: no-such-program.py: no such file\n", r.err());
    }

    @Test
    void checkReportsPassedAndFailedCounts(@TempDir Path dir) throws IOException {
        Path p = dir.resolve("bad.py");
        Files.writeString(p, "x = (\n");
        Path exp = dir.resolve("bad.expected");
        Files.createDirectories(exp);
        Files.writeString(exp.resolve("3.11.stdout"), "");
        Files.writeString(exp.resolve("3.11.stderr"), "  File \"bad.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n");
        Files.writeString(exp.resolve("3.11.status"), "1\n");
        Run r = run("check", dir.toString());
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(r.out().endsWith("1 passed, 0 failed\n"), r.out());
    }
}
