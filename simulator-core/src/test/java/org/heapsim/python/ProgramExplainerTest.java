package org.heapsim.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.heapsim.check.Outcome;
import org.heapsim.event.HeapEvent;
import org.heapsim.heap.LargeStack;
import org.heapsim.python.vm.PyRuntime;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

/**
 * {@code heapsim explain} on small programs (no weakref): the heap Operations the VM begins for
 * the program's lines, why objects died on a line and why others are alive after it, in the
 * program's words, and the markers.
 */
class ProgramExplainerTest {
    /** The seed's shape without weakref: a list of cheeses, a for loop over it, then del catalog. */
    static final String CHEESES = String.join("\n",
            "class Cheese:",
            "    def __init__(self, kind):",
            "        self.kind = kind",
            "",
            "    def __del__(self):",
            "        print('bye', self.kind)",
            "",
            "catalog = [Cheese('red'), Cheese('block'), Cheese('lock'), Cheese('hehe')]",
            "for cheese in catalog:",
            "    print(cheese.kind)",
            "del catalog",
            "print('end')",
            "");

    private static String explain(String source, PythonVersion v, List<ProgramExplainer.Request> requests) throws Exception {
        StringBuilder out = new StringBuilder();
        LargeStack.call(() -> ProgramExplainer.run(source, "p.py", v, PyRuntime.Limits.DEFAULT, requests, false, out::append));
        return out.toString().replaceAll("#\\d+", "#N");
    }

    private static String explain(String source, int line, String... names) throws Exception {
        return explain(source, PythonVersion.V3_11, List.of(new ProgramExplainer.Request(line, List.of(names))));
    }

    @Test
    void delCatalogFreesTheListThenTheCheesesOnlyItHeld() throws Exception {
        for (PythonVersion v : PythonVersion.values()) {
            String out = explain(CHEESES, v, List.of(new ProgramExplainer.Request(11, List.of())));
            String why = "line 11 'del catalog': list#N freed (refcount reached 0) → released its references → ";
            assertTrue(out.contains("Freed while it ran"), v + "\n" + out);
            assertTrue(out.contains("\n  list#N is dead: line 11 'del catalog': list#N freed (refcount reached 0)\n"), v + "\n" + out);
            // list_dealloc releases its items last to first: hehe survives, then lock, block, red die
            assertTrue(out.contains("\n  Cheese#N (kind='lock') is dead: " + why + "Cheese#N (kind='lock') freed (refcount reached 0)"
                    + " → __del__ ran\n  Cheese#N (kind='block') is dead: "), v + "\n" + out);
            assertTrue(out.contains("Alive now, the instances of the program's classes:\n"
                    + "  Cheese#N (kind='hehe') is alive: refcount 1, held by global 'cheese' (for-loop variable, line 9)\n"
                    + "    global 'cheese' (for-loop variable, line 9)\n──\n"), v + "\n" + out);
        }
    }

    @Test
    void theExplanationComesBetweenTheOutputBeforeAndAfterTheLine() throws Exception {
        String out = explain(CHEESES, 11);
        assertTrue(out.startsWith("red\nblock\nlock\nhehe\nbye lock\nbye block\nbye red\n── heapsim explain: line 11 'del catalog'"
                + " has run (its first run, in the module)\n"), out);
        assertTrue(out.endsWith("──\nend\nbye hehe\n"), out);
    }

    @Test
    void whyAliveBeforeTheDelSeesTheListAndTheLoopVariable() throws Exception {
        String out = explain(CHEESES, 10, "cheese");
        assertTrue(out.contains("'cheese': Cheese#N (kind='red') is alive: refcount 2, held by global 'cheese'"
                + " (for-loop variable, line 9), list#N[0]\n"
                + "    global 'cheese' (for-loop variable, line 9)\n"
                + "    global 'catalog' -> list#N[0]\n"), out);
    }

    @Test
    void aNameUnboundByTheLineIsExplainedAsDead() throws Exception {
        String out = explain(CHEESES, 11, "catalog");
        assertTrue(out.contains("'catalog' was list#N before the line, no longer bound after it:\n"
                + "  list#N is dead: line 11 'del catalog': list#N freed (refcount reached 0)\n"), out);
    }

    /**
     * The seed program (issue 4): after del catalog, the three cheeses only the list held died
     * one by one, each clearing its KeyedRef whose callback removed its entry from the
     * WeakValueDictionary; the last one lives on, held only by the for-loop variable.
     */
    @Test
    void theSeedAnswersWhyHeheSurvivedAndHowTheOthersDied() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("..", "testdata", "programs", "seeds", "seed_cheese.py"));
        for (PythonVersion v : PythonVersion.values()) {
            String out = explain(seed, v, List.of(new ProgramExplainer.Request(18, List.of())));
            assertTrue(out.startsWith("['block', 'hehe', 'lock', 'red']\n── heapsim explain: line 18 'del catalog' has run"), v + "\n" + out);
            assertTrue(out.endsWith("──\n['hehe']\n"), v + "\n" + out);
            for (String kind : List.of("lock", "block", "red")) {
                assertTrue(out.contains("\n  Cheese#N (kind='" + kind + "') is dead: line 18 'del catalog': list#N freed (refcount reached 0)"
                        + " → released its references → Cheese#N (kind='" + kind + "') freed (refcount reached 0) → no __del__"
                        + " → KeyedRef#N (key='" + kind + "') cleared → callback remove(KeyedRef#N) removed stock['" + kind + "']\n"),
                        v + "\n" + out);
            }
            assertTrue(out.indexOf("kind='lock') is dead") < out.indexOf("kind='block') is dead")
                    && out.indexOf("kind='block') is dead") < out.indexOf("kind='red') is dead"), "last to first\n" + out);
            assertTrue(out.contains("Alive now, the instances of the program's classes:\n"
                    + "  Cheese#N (kind='hehe') is alive: refcount 1, held by global 'cheese' (for-loop variable, line 14)\n"
                    + "    global 'cheese' (for-loop variable, line 14)\n──\n"), v + "\n" + out);
        }
    }

    @Test
    void theSeedWhyCheeseBeforeTheDel() throws Exception {
        String seed = java.nio.file.Files.readString(java.nio.file.Path.of("..", "testdata", "programs", "seeds", "seed_cheese.py"));
        String out = explain(seed, 17, "cheese");
        // weak references never hold: the WeakValueDictionary is not among the holders
        assertTrue(out.contains("'cheese': Cheese#N (kind='hehe') is alive: refcount 2, held by global 'cheese'"
                + " (for-loop variable, line 14), list#N[3]\n"
                + "    global 'cheese' (for-loop variable, line 14)\n"
                + "    global 'catalog' -> list#N[3]\n"), out);
    }

    static final String MAKE = String.join("\n",
            "class Box:",
            "    pass",
            "",
            "def make(n):",
            "    b = Box()",
            "    b.n = n",
            "    return [b]",
            "",
            "x = make(1)",
            "x = make(2)",
            "");

    @Test
    void localsAreNamedWithTheirFunction() throws Exception {
        String out = explain(MAKE, 6, "b", "n");
        assertTrue(out.contains("line 6 'b.n = n' has run (its first run, in make())"), out);
        assertTrue(out.contains("'b': Box#N (n=1) is alive: refcount 1, held by local 'b' of make()\n    local 'b' of make()\n"), out);
        assertTrue(out.contains("'n': 1 is alive"), out);
    }

    @Test
    void aReturnValueInFlightIsHeldByTheInterpreter() throws Exception {
        String out = explain(MAKE, 7);
        assertTrue(out.contains("Box#N (n=1) is alive: refcount 1, held by list#N[0]\n"
                + "    held through list#N, which nothing in the heap holds: the interpreter does"
                + " (a value being passed, such as a function's return value)"), out);
    }

    @Test
    void rebindingFreesTheOldValueUnderTheCallersLine() throws Exception {
        // the callee's lines run in between, yet the old list dies under line 10's operation
        String out = explain(MAKE, 10);
        assertTrue(out.contains("  Box#N (n=1) is dead: line 10 'x = make(2)': list#N freed (refcount reached 0)"
                + " → released its references → Box#N (n=1) freed (refcount reached 0) → no __del__\n"), out);
    }

    static final String CYCLE = String.join("\n",
            "import gc",
            "class Node:",
            "    def __init__(self, name):",
            "        self.name = name",
            "        self.other = None",
            "gc.disable()",
            "a = Node('a')",
            "b = Node('b')",
            "a.other = b",
            "b.other = a",
            "del a, b",
            "gc.collect()",
            "print('done')",
            "");

    @Test
    void aCycleNoNameReachesAwaitsTheCollector() throws Exception {
        String out = explain(CYCLE, 11);
        assertTrue(out.contains("Nothing of the program was freed while it ran."), out);
        assertTrue(out.contains("  Node#N (name='a') is alive: refcount 1, held by Node#N.other\n"
                + "    no root reaches it: it is garbage in a reference cycle, waiting for the cyclic collector\n"
                + "    cycle: Node#N (name='a') -> Node#N (name='b') -> Node#N (name='a')\n"), out);
    }

    @Test
    void theCollectorIsTheCauseOfWhatItFrees() throws Exception {
        String out = explain(CYCLE, 12);
        assertTrue(out.contains("  Node#N (name='b') is dead: line 12: a collection of generation 2:"
                + " Node#N (name='b') freed by the cyclic collector → no __del__\n"), out);
        assertTrue(out.contains("No instance of the program's classes is alive."), out);
    }

    @Test
    void markersNameTheLinesToExplain() throws Exception {
        assertEquals(List.of(new ProgramExplainer.Request(2, List.of()), new ProgramExplainer.Request(3, List.of("a", "b"))),
                ProgramExplainer.markers("x = 1\ndel x  # heapsim: explain\ny = 2 #heapsim: why a, b\nz = '# heapsim: explain' + s\n"));
        String marked = CHEESES.replace("del catalog", "del catalog  # heapsim: explain");
        String out = explain(marked, PythonVersion.V3_11, ProgramExplainer.markers(marked));
        assertTrue(out.contains("── heapsim explain: line 11 'del catalog' has run"), out);
    }

    @Test
    void aLineThatNeverRunsIsReported() throws Exception {
        List<ProgramExplainer.Request> never = new ArrayList<>();
        LargeStack.call(() -> never.addAll(ProgramExplainer.run(CHEESES, "p.py", PythonVersion.V3_11, PyRuntime.Limits.DEFAULT,
                List.of(new ProgramExplainer.Request(4, List.of())), false, s -> { }).neverRan()));
        assertEquals(List.of(new ProgramExplainer.Request(4, List.of())), never);
    }

    @Test
    void anUnfinishedLineOfOutputIsCutVisibly() throws Exception {
        String out = explain("print('a', end='')\nx = 1\nprint('b')\n", 2);
        assertTrue(out.startsWith("a" + ProgramExplainer.LINE_CUT + "── heapsim explain: line 2 'x = 1'"), out);
        assertTrue(out.endsWith("──\nb\n"), out);
    }

    /** The heap Operations of a run: each new line of the program's own code, frees rooted in them. */
    @Test
    void eachLineOfTheProgramIsAnOperationAndTheRootOfItsFrees() throws Exception {
        List<HeapEvent> events = new ArrayList<>();
        Outcome o = LargeStack.call(() -> ProgramRunner.run(CHEESES, "p.py", PythonVersion.V3_11, PyRuntime.Limits.DEFAULT, events::add));
        assertEquals(0, o.status());
        List<String> ops = new ArrayList<>();
        Map<Long, HeapEvent> bySeq = new java.util.HashMap<>();
        for (HeapEvent e : events) {
            bySeq.put(e.seq(), e);
            if (e instanceof HeapEvent.Operation op) {
                ops.add(op.line() + " " + op.description());
            }
        }
        // __del__'s line runs inside frees: it begins no operation; a class body on the class line neither
        assertEquals(List.of("1 class Cheese:", "2 def __init__(self, kind):", "5 def __del__(self):",
                "8 catalog = [Cheese('red'), Cheese('block'), Cheese('lock'), Cheese('hehe')]",
                "3 self.kind = kind", "3 self.kind = kind", "3 self.kind = kind", "3 self.kind = kind",
                "9 for cheese in catalog:", "10 print(cheese.kind)", "9 for cheese in catalog:", "10 print(cheese.kind)",
                "9 for cheese in catalog:", "10 print(cheese.kind)", "9 for cheese in catalog:", "10 print(cheese.kind)",
                "9 for cheese in catalog:", "11 del catalog", "12 print('end')", "0 interpreter shutdown"), ops);
        int cheesesFreedByDel = 0;
        for (HeapEvent e : events) {
            if (e instanceof HeapEvent.Freed f && f.label().startsWith("Cheese#")) {
                HeapEvent root = f;
                while (root instanceof HeapEvent.Freed r) {
                    root = bySeq.get(r.cause());
                }
                if (root instanceof HeapEvent.Operation op && op.description().equals("del catalog")) {
                    cheesesFreedByDel++;
                }
            }
        }
        assertEquals(3, cheesesFreedByDel);
    }
}
