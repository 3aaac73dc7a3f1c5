package org.heapsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.heapsim.event.HeapEvent;
import org.junit.jupiter.api.Test;

/** The embedding API as the README shows it, and runs in parallel. */
class SimulatorTest {
    private static final String SEED = read();

    private static String read() {
        try {
            return Files.readString(Path.of("..", "testdata", "traces", "seed_cheese.heap"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The README's embedding example, verbatim in spirit: build, run, read output, events, steps. */
    @Test
    void readmeExample() throws Exception {
        String traceText = SEED;
        Simulator sim = Simulator.builder().python("3.11").maxLiveObjects(100_000).build();
        Simulator.Run run = sim.runTrace("seed.heap", traceText);
        assertTrue(run.passed(), run.failedExpectations().toString());
        assertTrue(run.stdout().startsWith("lock freed\nentry removed\n"), run.stdout());
        long frees = run.events().stream().filter(e -> e instanceof HeapEvent.Freed f && f.label().startsWith("Cheese")).count();
        assertEquals(4, frees);
        Simulator.Step afterDelCatalog = run.steps().stream().filter(s -> s.source().equals("unbind catalog")).findFirst().orElseThrow();
        assertEquals(27, afterDelCatalog.line());
        assertEquals(1, afterDelCatalog.heap().objects().stream().filter(o -> o.label().startsWith("Cheese")).count());
    }

    @Test
    void manyRunsInParallelDoNotInterfere() throws Exception {
        Simulator sim = Simulator.builder().python("3.13").recordSteps(false).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Simulator.Run>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> sim.runTrace("seed.heap", SEED)));
            }
            String first = runs.get(0).get().stdout();
            for (Future<Simulator.Run> f : runs) {
                Simulator.Run r = f.get();
                assertTrue(r.passed());
                assertEquals(first, r.stdout());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theLiveObjectLimitStopsARunawayTraceWithMemoryError() throws Exception {
        StringBuilder t = new StringBuilder("new l list\n");
        for (int i = 0; i < 200; i++) {
            t.append("new x").append(i).append(" list\n");
        }
        Simulator.Run run = Simulator.builder().maxLiveObjects(100).recordSteps(false).build().runTrace("big.heap", t.toString());
        assertEquals(1, run.exitStatus());
        assertTrue(run.stderr().endsWith("MemoryError\n"), run.stderr());
    }
}
