package org.heapsim.property;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.version.PythonVersion;

/**
 * Replays a chain as jqwik prints it ({@code Alloc[kind=DICT, cls=1, ...]}, one per line) on
 * a checking {@link HeapModel}: for triage of a failure outside jqwik.
 */
public final class Replay {
    private Replay() {
    }

    public static List<Op> parse(String text) {
        List<Op> ops = new ArrayList<>();
        for (String line : text.split("\n")) {
            line = line.trim();
            if (line.isEmpty()) {
                continue;
            }
            String name = line.substring(0, line.indexOf('['));
            String body = line.substring(line.indexOf('[') + 1, line.lastIndexOf(']'));
            try {
                Class<?> c = Class.forName(Op.class.getName() + "$" + name);
                RecordComponent[] comps = c.getRecordComponents();
                Object[] args = new Object[comps.length];
                Class<?>[] types = new Class<?>[comps.length];
                String[] parts = body.isEmpty() ? new String[0] : body.split(", ");
                for (int i = 0; i < comps.length; i++) {
                    String v = parts[i].substring(parts[i].indexOf('=') + 1);
                    types[i] = comps[i].getType();
                    args[i] = types[i] == int.class ? Integer.parseInt(v)
                            : types[i] == boolean.class ? Boolean.parseBoolean(v)
                            : Op.Kind.valueOf(v);
                }
                Constructor<?> k = c.getDeclaredConstructor(types);
                ops.add((Op) k.newInstance(args));
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(line, e);
            }
        }
        return ops;
    }

    /** Runs the steps with the oracle after each; throws the first failure. */
    public static HeapModel run(PythonVersion version, String text) {
        HeapModel m = new HeapModel(version, true);
        int i = 0;
        for (Op op : parse(text)) {
            i++;
            try {
                m.apply(op);
                m.check();
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("step " + i + " " + op + ": " + e.getMessage(), e);
            }
        }
        m.checkDeterminism();
        return m;
    }
}
