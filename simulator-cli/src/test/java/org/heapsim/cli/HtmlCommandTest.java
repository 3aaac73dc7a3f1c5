package org.heapsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heapsim html}: the page it writes (self-contained, its data valid) and its exit statuses. */
class HtmlCommandTest {
    static final Path SEED = MainTest.TRACES.resolve("seed_cheese.heap");

    /** The JSON of a script element of the page. */
    static JsonNode embedded(String page, String id) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"" + id + "\">(.*?)</script>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "no script element " + id);
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void helpListsHtmlWithItsExitStatuses() {
        assertTrue(MainTest.run("--help").out().contains("html"));
        MainTest.Run r = MainTest.run("html", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().contains("-o, --output=OUT.html"), r.out());
        assertTrue(r.out().contains("Exit status"), r.out());
    }

    @Test
    void seedPageIsSelfContainedAndEmbedsTheRunAsValidJson(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("seed.html");
        MainTest.Run r = MainTest.run("html", SEED.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        // nothing loaded from elsewhere: no src/href attributes, no CSS imports or urls but the page's own markers
        assertFalse(Pattern.compile("\\s(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(page).find(), "external reference");
        assertFalse(page.contains("@import"));
        assertFalse(Pattern.compile("url\\((?!#)").matcher(page).find(), "url() other than a fragment");
        assertFalse(page.contains("{{"), "a template placeholder left");
        JsonNode run = embedded(page, "heapsim-run");
        assertEquals("", JsonSchemaTest.errors(JsonSchemaTest.closedSchema(), run));
        assertEquals(32, run.get("steps").size());
        JsonNode delCatalog = run.get("steps").get(24);
        assertEquals("unbind catalog", delCatalog.get("source").asText());
        // why-alive of Cheese('hehe') (c4) at every step it lives; why-dead of the others
        long hehe = run.get("steps").get(23).get("globals").get("cheese").asLong();
        assertEquals("Cheese#" + hehe + " is alive: refcount 1, held by name 'cheese'\n  name 'cheese'",
                delCatalog.get("whyAlive").get(Long.toString(hehe)).asText());
        long c1 = run.get("steps").get(20).get("globals").get("c1").asLong();
        assertTrue(run.get("whyDead").get(Long.toString(c1)).asText()
                .startsWith("line 27 'unbind catalog': list#27 freed (refcount reached 0) → released its references → Cheese#" + c1),
                run.get("whyDead").toString());
        JsonNode program = embedded(page, "heapsim-program");
        assertEquals(Files.readString(SEED), program.get("source").asText());
    }

    @Test
    void scriptClosingTextInTheDataCannotEndTheScript(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("t.heap");
        Files.writeString(t, "new s str \"</script><b>x</b> <!-- \u2028\"\nprint \"</script>\"\n");
        Path out = dir.resolve("t.html");
        MainTest.Run r = MainTest.run("html", t.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        String page = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(3, page.split("</script>", -1).length - 1, "only the page's three script elements close");
        JsonNode run = embedded(page, "heapsim-run");
        assertTrue(run.get("steps").get(1).get("stdout").asText().equals("</script>\n"));
    }

    @Test
    void linesEmbedsOnlyTheStepsOfThoseLines(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("w.html");
        MainTest.Run r = MainTest.run("html", "--lines", "24-27", SEED.toString(), "-o", out.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode run = embedded(Files.readString(out, StandardCharsets.UTF_8), "heapsim-run");
        assertEquals("", JsonSchemaTest.errors(JsonSchemaTest.closedSchema(), run));
        assertEquals(4, run.get("steps").size());
        assertEquals(24, run.get("steps").get(0).get("line").asInt());
        assertEquals("unbind catalog", run.get("steps").get(3).get("source").asText());
        assertEquals(2, MainTest.run("html", "--lines", "27-24", SEED.toString(), "-o", out.toString()).status());
        assertEquals(2, MainTest.run("html", "--lines", "900-901", SEED.toString(), "-o", out.toString()).status());
    }

    @Test
    void exitStatuses(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("o.html");
        assertEquals(2, MainTest.run("html", SEED.toString()).status(), "-o is required");
        MainTest.Run missing = MainTest.run("html", "no/such.heap", "-o", out.toString());
        assertEquals(2, missing.status());
        assertEquals("heapsim: no/such.heap: no such file\n", missing.err());
        Path bad = dir.resolve("bad.heap");
        Files.writeString(bad, "new x list\n  frobnicate x\n");
        MainTest.Run malformed = MainTest.run("html", bad.toString(), "-o", out.toString());
        assertEquals(2, malformed.status());
        assertEquals(bad + ":2:3: unknown record type 'frobnicate'\n", malformed.err());
        Path py = dir.resolve("prog.py");
        Files.writeString(py, "x = 1\n");
        MainTest.Run program = MainTest.run("html", py.toString(), "-o", out.toString());
        assertEquals(2, program.status());
        assertTrue(program.err().contains("does not record yet"), program.err());
        assertEquals(2, MainTest.run("html", SEED.toString(), "-o", dir.resolve("no/dir/o.html").toString()).status());
        Path failing = dir.resolve("f.heap");
        Files.writeString(failing, "class C\nnew c C\nexpect dead c\n");
        MainTest.Run f = MainTest.run("html", failing.toString(), "-o", out.toString());
        assertEquals(1, f.status());
        assertTrue(Files.exists(out), "the page is written when an expectation fails");
        assertTrue(f.err().contains("expected c dead, but it is alive"), f.err());
    }
}
