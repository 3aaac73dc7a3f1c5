package org.heapsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.heapsim.event.HeapEvent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON export against its published schema (docs/schema/run-1.schema.json, draft 2020-12):
 * every trace under testdata/traces exported by {@code heapsim trace --json} validates. The
 * schema is open to fields added within a version; here it is validated closed (no field the
 * schema does not document), so that the schema and the export cannot drift apart.
 */
class JsonSchemaTest {
    static final Path SCHEMA = Path.of("..", "docs", "schema", "run-1.schema.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The published schema, closed: every object schema listing properties gets additionalProperties false. */
    static JsonSchema closedSchema() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        close(schema);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")) {
                o.put("additionalProperties", false);
            }
            o.forEach(JsonSchemaTest::close);
        } else if (node != null && node.isArray()) {
            node.forEach(JsonSchemaTest::close);
        }
    }

    /** Validation errors of a document, one per line ("" when valid). */
    static String errors(JsonSchema schema, JsonNode doc) {
        Set<ValidationMessage> errors = schema.validate(doc);
        StringBuilder sb = new StringBuilder();
        errors.stream().limit(20).forEach(m -> sb.append(m).append('\n'));
        return sb.toString();
    }

    @Test
    void schemaIsItselfValidDraft202012AndNamesItsVersion() throws IOException {
        JsonNode schema = MAPPER.readTree(SCHEMA.toFile());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(JsonExport.SCHEMA, schema.at("/properties/schema/const").asText());
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals("", errors(meta, schema));
    }

    @Test
    void everyEventKindHasItsDefinition() throws IOException {
        JsonNode defs = MAPPER.readTree(SCHEMA.toFile()).get("$defs");
        List<String> kinds = new ArrayList<>();
        for (Class<?> c : HeapEvent.class.getPermittedSubclasses()) {
            kinds.add(c.getSimpleName());
            JsonNode def = defs.get("event" + c.getSimpleName());
            assertTrue(def != null, "no $defs/event" + c.getSimpleName() + " in " + SCHEMA);
            assertEquals(c.getSimpleName(), def.at("/properties/type/const").asText());
            for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
                String field = rc.getName().equals("type") ? "objectType" : rc.getName();
                assertTrue(def.get("properties").has(field), c.getSimpleName() + "." + field + " is not in the schema");
            }
        }
        assertEquals(kinds.size(), defs.get("event").get("oneOf").size(), "$defs/event lists every kind once");
    }

    @TestFactory
    Stream<DynamicTest> everyTraceExportValidates(@TempDir Path dir) throws IOException {
        JsonSchema schema = closedSchema();
        List<Path> traces;
        try (Stream<Path> files = Files.list(MainTest.TRACES)) {
            traces = files.filter(p -> p.toString().endsWith(".heap")).sorted().toList();
        }
        assertTrue(traces.size() > 50, "traces found: " + traces.size());
        return traces.stream().map(trace -> DynamicTest.dynamicTest(trace.getFileName().toString(), () -> {
            Path out = dir.resolve(trace.getFileName() + ".json");
            MainTest.Run r = MainTest.run("trace", "-q", "--json", out.toString(), trace.toString());
            assertTrue(r.status() == 0 || r.status() == 1, "status " + r.status() + ": " + r.err());
            JsonNode doc = MAPPER.readTree(out.toFile());
            assertEquals("", errors(schema, doc), trace + " against " + SCHEMA);
            assertTrue(doc.get("steps").size() > 0);
            Files.delete(out); // the trashcan traces export ~200 MB each
        }));
    }

    @Test
    void anInvalidDocumentIsRejected() throws IOException {
        JsonSchema schema = closedSchema();
        JsonNode bad = MAPPER.readTree("{\"schema\": \"heapsim.run/1\", \"file\": \"x\", \"python\": \"3.11\", \"exitStatus\": 0,"
                + " \"steps\": [{\"step\": 1, \"line\": 1, \"source\": \"x\", \"globals\": {}, \"frames\": [], \"stdout\": \"\","
                + " \"heap\": {\"objects\": [], \"edges\": [], \"weakEdges\": [], \"roots\": []},"
                + " \"events\": [{\"type\": \"Freed\", \"seq\": 1, \"line\": 1, \"detail\": false}]}]}");
        assertTrue(!errors(schema, bad).isEmpty(), "a Freed event without its object must not validate");
    }
}
