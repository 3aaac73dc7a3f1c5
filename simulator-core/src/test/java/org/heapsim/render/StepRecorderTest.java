package org.heapsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.heapsim.Simulator;
import org.heapsim.event.HeapEvent;
import org.junit.jupiter.api.Test;

/** The steps a run records (through {@link StepRecorder}): self-contained, whatever drives the run. */
class StepRecorderTest {
    static final String TRACE = """
            class D del print "del {n}"
            frame f a
            new x D
            setattr x n "a"
            local a x
            unbind x
            unlocal a
            print "after del"
            return
            print "end"
            """;

    @Test
    void eachStepHasItsBindingsFramesEventsAndOutputSoFar() throws Exception {
        Simulator.Run run = Simulator.builder().build().runTrace("t.heap", TRACE);
        List<Simulator.Step> steps = run.steps();
        assertEquals(11, steps.size(), "ten records and the shutdown");
        Simulator.Step local = steps.get(4);
        assertEquals("local a x", local.source());
        assertEquals(List.of("D", "x"), local.globals().stream().map(Simulator.Binding::name).toList());
        assertEquals(1, local.frames().size());
        assertEquals("f", local.frames().get(0).name());
        long d = local.globals().get(1).object();
        assertEquals(List.of(new Simulator.Binding("a", d)), local.frames().get(0).locals());
        Simulator.Step unlocal = steps.get(6);
        assertEquals(List.of(), unlocal.frames().get(0).locals());
        assertTrue(unlocal.events().stream().anyMatch(e -> e instanceof HeapEvent.Freed f && f.object() == d));
        assertEquals("del a\n", unlocal.stdout());
        assertEquals(List.of(), steps.get(8).frames(), "after return");
        assertEquals("del a\nafter del\nend\n", steps.get(9).stdout());
        Simulator.Step last = steps.get(10);
        assertEquals(0, last.line());
        assertEquals(StepRecorder.SHUTDOWN, last.source());
        assertTrue(last.events().get(0) instanceof HeapEvent.Operation, last.events().toString());
        long events = steps.stream().mapToLong(s -> s.events().size()).sum();
        assertEquals(run.events().size(), events, "every event in exactly one step");
        assertTrue(steps.stream().allMatch(s -> s.whyAlive().isEmpty()), "no explanations unless asked");
    }

    @Test
    void explainAddsWhyAliveForEachObjectButAtoms() throws Exception {
        Simulator.Run run = Simulator.builder().explain(true, 1000).build().runTrace("t.heap", TRACE);
        Simulator.Step local = run.steps().get(4);
        long d = local.globals().get(1).object();
        assertEquals("D#" + d + " is alive: refcount 2, held by frame f#" + local.frames().get(0).object() + " local 'a', name 'x'",
                local.whyAlive().get(d).lines().findFirst().orElseThrow());
        assertTrue(local.heap().objects().stream().filter(o -> o.type().equals("str")).noneMatch(o -> local.whyAlive().containsKey(o.id())));
        Simulator.Run capped = Simulator.builder().explain(true, 2).build().runTrace("t.heap", TRACE);
        assertTrue(capped.steps().stream().allMatch(s -> s.whyAlive().size() <= 2));
    }

    @Test
    void stepLinesRecordsAWindowWithTheEventsBeforeItInItsFirstStep() throws Exception {
        Simulator.Run all = Simulator.builder().build().runTrace("t.heap", TRACE);
        Simulator.Run window = Simulator.builder().stepLines(5, 7).build().runTrace("t.heap", TRACE);
        assertEquals(List.of(5, 6, 7), window.steps().stream().map(Simulator.Step::line).toList());
        long before = all.steps().stream().filter(s -> s.line() >= 1 && s.line() <= 5).mapToLong(s -> s.events().size()).sum();
        assertEquals(before, window.steps().get(0).events().size());
        assertEquals(all.steps().get(6).heap(), window.steps().get(2).heap());
    }
}
