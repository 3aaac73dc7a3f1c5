package org.heapsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.Simulator;
import org.heapsim.event.HeapEvent;
import org.heapsim.render.EventFormatter;

/**
 * The JSON export of a run ({@value #SCHEMA}): one self-contained step per executed step (a
 * trace record, a program line), each with the source line, the global bindings and running
 * frames, the whole heap (objects with refcounts, GC state and reachability; strong edges with
 * their slot; weak edges; roots), the events since the previous step and the program's output
 * so far. It is made from {@link Simulator.Step}s, whatever produced them.
 *
 * <p>The schema is {@code docs/schema/run-1.schema.json} (JSON Schema draft 2020-12),
 * documented in the README; a change that removes or renames a field gets a new version, new
 * fields may be added within a version.
 */
final class JsonExport {
    static final String SCHEMA = "heapsim.run/1";

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The document of a run.
     *
     * @param whyDead why each freed object died (object id to the explanation), or null to leave it out
     */
    Map<String, Object> document(String file, String python, int exitStatus, List<Simulator.Step> steps, Map<Long, String> whyDead) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", SCHEMA);
        doc.put("file", file);
        doc.put("python", python);
        doc.put("exitStatus", exitStatus);
        EventFormatter all = new EventFormatter(null, s -> { }, true);
        EventFormatter brief = new EventFormatter(null, s -> { }, false);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Simulator.Step s : steps) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step", out.size() + 1);
            step.put("line", s.line());
            step.put("source", s.source());
            step.put("globals", bindings(s.globals()));
            List<Map<String, Object>> frames = new ArrayList<>();
            for (Simulator.Frame f : s.frames()) {
                Map<String, Object> frame = new LinkedHashMap<>();
                frame.put("name", f.name());
                frame.put("object", f.object());
                frame.put("locals", bindings(f.locals()));
                frames.add(frame);
            }
            step.put("frames", frames);
            step.put("heap", s.heap());
            List<Map<String, Object>> events = new ArrayList<>();
            for (HeapEvent e : s.events()) {
                events.add(event(e, all.format(e), brief.format(e) == null));
            }
            step.put("events", events);
            step.put("stdout", s.stdout());
            if (!s.whyAlive().isEmpty()) {
                step.put("whyAlive", s.whyAlive());
            }
            out.add(step);
        }
        doc.put("steps", out);
        if (whyDead != null) {
            doc.put("whyDead", whyDead);
        }
        return doc;
    }

    private static Map<String, Long> bindings(List<Simulator.Binding> bs) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Simulator.Binding b : bs) {
            m.put(b.name(), b.object());
        }
        return m;
    }

    /** An event: its kind as "type", its record fields (an Allocated's type as "objectType"), its line of the event listing ("summary", "indent") and whether the listing shows it only with -v ("detail"). */
    private Map<String, Object> event(HeapEvent e, EventFormatter.Line line, boolean detail) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = mapper.convertValue(e, LinkedHashMap.class);
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", e.getClass().getSimpleName());
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            event.put(f.getKey().equals("type") ? "objectType" : f.getKey(), f.getValue());
        }
        if (line != null) {
            event.put("summary", line.text());
            event.put("indent", line.indent());
        }
        event.put("detail", detail);
        return event;
    }

    /** Writes a document, indented. */
    void write(Path out, Map<String, Object> doc) throws IOException {
        mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), doc);
    }

    /** A document as compact JSON text. */
    String toJson(Map<String, Object> doc) throws IOException {
        return mapper.writeValueAsString(doc);
    }
}
