package org.heapsim.property;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Triage of a chain copied from a jqwik failure report into a file, one step a line:
 * {@code mvn -pl simulator-core test -Dtest=DebugReplayTest#minimize -Dops=FILE -Dv=3.12 "-Dneedle=part of the message"}
 * removes steps while the failure persists; {@code #trace} prints the events of the failing step
 * ({@code -Dwatch=SERIAL} follows one object's generation). Skipped unless {@code -Dops} is given.
 */
@EnabledIfSystemProperty(named = "ops", matches = ".+")
class DebugReplayTest {
    @Test
    void minimize() throws Exception {
        PythonVersion v = PythonVersion.parse(System.getProperty("v", "3.12"));
        String needle = System.getProperty("needle", "");
        List<String> ops = new ArrayList<>(Files.readAllLines(Path.of(System.getProperty("ops"))));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = ops.size() - 1; i >= 0; i--) {
                List<String> t = new ArrayList<>(ops);
                t.remove(i);
                if (fails(v, t, needle)) {
                    ops = t;
                    changed = true;
                }
            }
        }
        System.out.println("MINIMAL:\n" + String.join("\n", ops));
        try {
            Replay.run(v, String.join("\n", ops));
        } catch (AssertionError e) {
            System.out.println("FAILS WITH: " + e.getMessage());
        }
    }

    private static boolean fails(PythonVersion v, List<String> ops, String needle) {
        try {
            Replay.run(v, String.join("\n", ops));
            return false;
        } catch (AssertionError | RuntimeException e) {
            return String.valueOf(e.getMessage()).contains(needle);
        }
    }

    @Test
    void trace() throws Exception {
        PythonVersion v = PythonVersion.parse(System.getProperty("v", "3.12"));
        List<Op> ops = Replay.parse(Files.readString(Path.of(System.getProperty("ops"))));
        HeapModel m = new HeapModel(v, true);
        int from = 0;
        for (Op op : ops) {
            from = m.events.size();
            m.heap.gc().generationMap().forEach((o, g) -> {
                if (o.serial() == Long.getLong("watch", -1)) {
                    System.out.println("WATCH before " + op + ": generation " + g + " refcount " + o.refcount());
                }
            });
            try {
                m.apply(op);
                m.check();
            } catch (AssertionError e) {
                m.events.subList(from, m.events.size()).forEach(ev -> System.out.println("EV " + ev));
                System.out.println("ERR " + e.getMessage());
                return;
            }
        }
    }
}
