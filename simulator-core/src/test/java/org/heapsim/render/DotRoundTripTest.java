package org.heapsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.heapsim.Simulator;
import org.heapsim.heap.Snapshot;
import org.heapsim.trace.HeapTraceReader;
import org.heapsim.trace.TraceReplayer;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link DotRenderer} output parsed back ({@link DotParser}) for every trace under
 * testdata/traces at several steps of its run: one node per object of the snapshot (all of them,
 * and without str/int/... when atoms are hidden), each node's label the object's label and its
 * refcount, objects awaiting collection greyed, one solid edge per strong reference and one
 * dashed edge per weak reference, roots as boxes, and the same text (same node order) for two
 * renders of the same step, also from two separate runs.
 */
class DotRoundTripTest {
    static final Path TRACES = Path.of("..", "testdata", "traces");

    static List<Path> traces() throws IOException {
        try (Stream<Path> files = Files.list(TRACES)) {
            return files.filter(p -> p.toString().endsWith(".heap")).sorted().toList();
        }
    }

    static Simulator.Run run(Path trace) throws Exception {
        String text = Files.readString(trace, StandardCharsets.UTF_8);
        List<PythonVersion> versions = TraceReplayer.versionsOf(HeapTraceReader.read(trace.toString(), text));
        PythonVersion v = versions.contains(PythonVersion.DEFAULT) ? PythonVersion.DEFAULT : versions.get(0);
        return Simulator.builder().python(v.label()).build().runTrace(trace.getFileName().toString(), text);
    }

    /** The first step, three in between, the one with the most objects, and the last (the shutdown). */
    static Set<Integer> chosenSteps(List<Simulator.Step> steps) {
        Set<Integer> chosen = new TreeSet<>();
        int n = steps.size();
        chosen.add(0);
        chosen.add(n / 4);
        chosen.add(n / 2);
        chosen.add(3 * n / 4);
        chosen.add(n - 1);
        int biggest = 0;
        for (int i = 0; i < n; i++) {
            if (steps.get(i).heap().objects().size() > steps.get(biggest).heap().objects().size()) {
                biggest = i;
            }
        }
        chosen.add(biggest);
        return chosen;
    }

    @TestFactory
    Stream<DynamicTest> everyTraceRendersAndParsesBack() throws IOException {
        List<Path> traces = traces();
        assertTrue(traces.size() > 50, "traces found: " + traces.size());
        return traces.stream().map(trace -> DynamicTest.dynamicTest(trace.getFileName().toString(), () -> {
            Simulator.Run a = run(trace);
            Simulator.Run b = run(trace);
            assertTrue(a.steps().size() > 1, "steps of " + trace);
            for (int i : chosenSteps(a.steps())) {
                Simulator.Step step = a.steps().get(i);
                String title = trace.getFileName() + " step " + (i + 1);
                for (boolean hideAtoms : new boolean[] {false, true}) {
                    String dot = DotRenderer.render(step.heap(), title, hideAtoms);
                    check(step.heap(), dot, hideAtoms, title);
                    assertEquals(dot, DotRenderer.render(step.heap(), title, hideAtoms), "two renders of " + title);
                    assertEquals(dot, DotRenderer.render(b.steps().get(i).heap(), title, hideAtoms), "two runs of " + title);
                }
            }
        }));
    }

    /** Checks one rendering against the snapshot it pictures. */
    static void check(Snapshot s, String dot, boolean hideAtoms, String title) {
        DotParser.Graph g = DotParser.parse(dot);
        assertEquals(title, g.defaults().get("graph").get("label"));
        assertEquals("record", g.defaults().get("node").get("shape"));
        List<Snapshot.ObjectInfo> shown = s.objects().stream().filter(o -> !hideAtoms || !StepRecorder.isAtom(o.type())).toList();
        List<DotParser.Node> objectNodes = g.nodes().stream().filter(n -> n.id().startsWith("o")).toList();
        assertEquals(shown.size(), objectNodes.size(), "object nodes of " + title);
        Set<Long> ids = new HashSet<>();
        for (int k = 0; k < shown.size(); k++) {
            Snapshot.ObjectInfo o = shown.get(k);
            ids.add(o.id());
            DotParser.Node node = objectNodes.get(k);
            assertEquals("o" + o.id(), node.id(), "node order follows the snapshot in " + title);
            List<String> fields = DotParser.recordFields(node.attrs().get("label"));
            assertEquals(o.label(), fields.get(0), "label of " + node.id());
            assertEquals("refcount " + o.refcount(), fields.get(1), "refcount of " + o.label());
            assertEquals(o.tracked(), fields.contains("gen " + o.generation()), "generation of " + o.label());
            assertEquals(o.finalized(), fields.contains("__del__ ran"));
            boolean grey = "filled".equals(node.attrs().get("style")) && "#d9d9d9".equals(node.attrs().get("fillcolor"));
            assertEquals(!o.reachable(), grey, o.label() + " greyed exactly when awaiting collection, " + title);
        }
        int strong = 0;
        int weak = 0;
        for (DotParser.Edge e : g.edges()) {
            assertNotNull(g.node(e.from()), "edge from an undeclared node " + e);
            assertNotNull(g.node(e.to()), "edge to an undeclared node " + e);
            boolean dashed = "dashed".equals(e.attrs().get("style"));
            if (e.from().startsWith("r")) {
                assertTrue(!dashed && e.to().startsWith("o"));
            } else if (dashed) {
                weak++;
                long w = Long.parseLong(e.from().substring(1));
                long r = Long.parseLong(e.to().substring(1));
                assertTrue(s.weakEdges().stream().anyMatch(x -> x.weakref() == w && x.referent() == r), "dashed edge is a weak reference: " + e);
            } else {
                strong++;
                long from = Long.parseLong(e.from().substring(1));
                long to = Long.parseLong(e.to().substring(1));
                String slot = e.attrs().get("label");
                assertTrue(s.edges().stream().anyMatch(x -> x.from() == from && x.to() == to && x.slot().strip().equals(slot)),
                        "solid edge is a strong reference: " + e);
            }
        }
        assertEquals(s.edges().stream().filter(x -> ids.contains(x.from()) && ids.contains(x.to())).count(), strong, "strong edges of " + title);
        assertEquals(s.weakEdges().stream().filter(x -> ids.contains(x.weakref()) && ids.contains(x.referent())).count(), weak,
                "weak edges (dashed) of " + title);
        long rootsHolding = s.roots().stream().filter(r -> r.held().stream().anyMatch(ids::contains)).count();
        assertEquals(rootsHolding, g.nodes().stream().filter(n -> n.id().startsWith("r")).count(), "root boxes of " + title);
        for (DotParser.Node n : g.nodes()) {
            if (n.id().startsWith("r")) {
                assertEquals("box", n.attrs().get("shape"));
            }
        }
    }

    @Test
    void labelsWithRecordSyntaxAndQuotesReadBackVerbatim() throws Exception {
        String trace = "new a str \"{x|y} <p> \\\"q\\\" back\\\\slash\"\nnew l list a\nclass C\nnew c C\nnew cyc list\nappend cyc cyc\nunbind cyc\n";
        Simulator.Run run = Simulator.builder().build().runTrace("t.heap", trace);
        assertTrue(run.passed(), run.stderr() + run.failedExpectations());
        Simulator.Step step = run.steps().get(run.steps().size() - 2);
        String dot = DotRenderer.render(step.heap(), "labels: {x|y} \"q\"", false);
        check(step.heap(), dot, false, "labels: {x|y} \"q\"");
        assertTrue(step.heap().objects().stream().anyMatch(o -> o.label().contains("{x|y} <p> \"q\" back\\slash")),
                step.heap().objects().toString());
        assertTrue(step.heap().objects().stream().anyMatch(o -> !o.reachable()), "the unbound self-referencing list awaits collection");
    }

    /**
     * When Graphviz is installed, it reads renderings without error and draws one node per
     * object (every tenth trace: a layout takes about a second).
     */
    @Test
    void graphvizAcceptsTheRenderings() throws Exception {
        Assumptions.assumeTrue(onPath("dot"), "Graphviz 'dot' is not installed");
        List<Path> traces = traces();
        for (int t = 0; t < traces.size(); t += 10) {
            Path trace = traces.get(t);
            Simulator.Run run = run(trace);
            Simulator.Step step = run.steps().get(run.steps().size() / 2);
            if (step.heap().objects().size() > 200) {
                continue;
            }
            String dot = DotRenderer.render(step.heap(), trace.getFileName().toString(), false);
            Process p = new ProcessBuilder("dot", "-Tplain").redirectErrorStream(true).start();
            p.getOutputStream().write(dot.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), trace + ":\n" + out);
            long nodes = out.lines().filter(l -> l.startsWith("node o")).count();
            assertEquals(step.heap().objects().size(), nodes, trace + ":\n" + out);
            assertTrue(!out.contains("Warning") && !out.contains("Error"), trace + ":\n" + out);
        }
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

}
