package org.heapsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.event.HeapEvent;
import org.heapsim.event.HeapListener;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.Snapshot;
import org.heapsim.trace.TraceRecord;

/**
 * The JSON export of a run: one self-contained step per executed record, each with the source
 * line, the global bindings, the whole heap (objects with refcounts, GC state and reachability;
 * strong edges with their slot; weak edges; roots), the events since the previous step and the
 * program's output so far. The schema is documented in the README and versioned by
 * {@link #SCHEMA}: a change that removes or renames a field gets a new version.
 */
final class JsonExport implements HeapListener {
    static final String SCHEMA = "heapsim.run/1";

    private final List<Map<String, Object>> steps = new ArrayList<>();
    private final List<Map<String, Object>> pending = new ArrayList<>();
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final StringBuilder stdout = new StringBuilder();

    @Override
    public void onEvent(HeapEvent e) {
        if (e instanceof HeapEvent.Output o && !o.stderr()) {
            stdout.append(o.text()).append('\n');
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = mapper.convertValue(e, LinkedHashMap.class);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", e.getClass().getSimpleName());
        event.putAll(fields);
        pending.add(event);
    }

    /** Called after each record: closes a step. */
    void step(TraceRecord record, String source, Heap heap, DictObject globals) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("step", steps.size() + 1);
        step.put("line", record.pos().line());
        step.put("source", source);
        Map<String, Long> bindings = new LinkedHashMap<>();
        for (int i = 0; i < globals.entrySlots(); i++) {
            if (globals.keyAt(i) instanceof AtomObject k && k.isStr() && !k.asString().startsWith("__")) {
                bindings.put(k.asString(), globals.valueAt(i).serial());
            }
        }
        step.put("globals", bindings);
        step.put("heap", Snapshot.of(heap));
        step.put("events", new ArrayList<>(pending));
        step.put("stdout", stdout.toString());
        pending.clear();
        steps.add(step);
    }

    void write(Path out, String file, String python, int exitStatus) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("file", file);
        doc.put("python", python);
        doc.put("steps", steps);
        doc.put("exitStatus", exitStatus);
        mapper.writeValue(out.toFile(), doc);
    }
}
