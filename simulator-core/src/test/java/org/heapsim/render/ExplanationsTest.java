package org.heapsim.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.heapsim.heap.PyObject;
import org.heapsim.trace.HeapTraceReader;
import org.heapsim.trace.Trace;
import org.heapsim.trace.TraceReplayer;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

/** Why alive, why dead, awaiting collection: on the seed trace and on a cycle. */
class ExplanationsTest {
    private static String explain(String traceText, String name, int line) throws Exception {
        Trace t = HeapTraceReader.read("t.heap", traceText);
        String[] out = new String[1];
        Explanations.DeathLog deaths = new Explanations.DeathLog();
        TraceReplayer.replay(t, PythonVersion.V3_11, List.of(deaths), (record, heap, names, globals) -> {
            if (record.pos().line() == line) {
                PyObject o = names.apply(name);
                out[0] = o.isFreed() ? o.label() + " is dead: " + deaths.whyDead(o.serial())
                        : Explanations.whyAlive(heap, o, globals, 5);
            }
        });
        return out[0];
    }

    private static String seed() throws Exception {
        return Files.readString(Path.of("..", "testdata", "traces", "seed_cheese.heap"));
    }

    /** Object numbers depend on allocation order; the answers' shape is what is asserted. */
    private static String numbersMasked(String s) {
        return s.replaceAll("#\\d+", "#N");
    }

    @Test
    void theForLoopVariableKeepsTheLastCheese() throws Exception {
        assertEquals("Cheese#N is alive: refcount 2, held by name 'cheese', list#N[3]\n"
                + "  name 'cheese'\n"
                + "  name 'catalog' -> list#N[3]", numbersMasked(explain(seed(), "c4", 26)));
        assertEquals("Cheese#N is alive: refcount 1, held by name 'cheese'\n"
                + "  name 'cheese'", numbersMasked(explain(seed(), "c4", 29)));
    }

    @Test
    void delCatalogKilledTheOthersThroughTheList() throws Exception {
        assertEquals("Cheese#N is dead: line 27 'unbind catalog': list#N freed (refcount reached 0)"
                + " → released its references → Cheese#N freed (refcount reached 0) → __del__ ran → weakref#N cleared"
                + " → callback remove(weakref#N)",
                numbersMasked(explain(seed(), "c2", 29)));
    }

    @Test
    void aCycleNoRootReachesAwaitsTheCollector() throws Exception {
        String trace = "class A\ngc disable\nnew a A\nnew b A\nsetattr a p b\nsetattr b p a\nunbind a b\nprint \"x\"\n";
        String s = explain(trace, "a", 8);
        assertTrue(s.startsWith("A#"), s);
        assertTrue(s.contains("no root reaches it: it is garbage in a reference cycle, waiting for the cyclic collector"), s);
        assertTrue(s.contains("cycle: A#"), s);
    }

    @Test
    void theCollectorIsNamedAsTheCause() throws Exception {
        String trace = "class A\ngc disable\nnew a A\nsetattr a me a\nunbind a\ncollect\nprint \"x\"\n";
        String s = explain(trace, "a", 7);
        assertTrue(s.matches("A#\\d+ is dead: line 6: a collection of generation 2: A#\\d+ freed by the cyclic collector"), s);
    }
}
