package org.heapsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's step-through page in a real headless Chromium (Debian's {@code chromium}; .ci/run
 * installs it, and this test is skipped only where it is absent): the page loads, the right
 * arrow key steps past {@code unbind catalog} (the seed's {@code del catalog}) and the page then
 * reports three Cheese objects freed and one left, and a screenshot is taken. The page writes
 * its state as JSON into {@code <pre id="heapsim-status">}, which {@code --dump-dom} shows.
 */
class HtmlChromiumTest {
    @TempDir
    static Path dir;
    static Path chromium;
    static Path page;
    static int delCatalog;

    @BeforeAll
    static void writeThePage() throws IOException {
        chromium = findChromium();
        Assumptions.assumeTrue(chromium != null, "chromium is not installed (apt-get install chromium)");
        page = dir.resolve("seed.html");
        MainTest.Run r = MainTest.run("html", HtmlCommandTest.SEED.toString(), "-o", page.toString());
        assertEquals(0, r.status(), r.err());
        JsonNode run = HtmlCommandTest.embedded(Files.readString(page, StandardCharsets.UTF_8), "heapsim-run");
        for (JsonNode step : run.get("steps")) {
            if (step.get("source").asText().equals("unbind catalog")) {
                delCatalog = step.get("step").asInt();
            }
        }
        assertTrue(delCatalog > 1, "the seed has an 'unbind catalog' step");
    }

    static Path findChromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return Files.isExecutable(Path.of("/usr/bin/chromium")) ? Path.of("/usr/bin/chromium") : null;
    }

    /** Runs headless Chromium on the page with a URL fragment and these extra arguments; its stdout. */
    static String chromium(String fragment, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + dir.resolve("profile"), "--window-size=1500,1100"));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri() + "#" + fragment);
        Process p = new ProcessBuilder(cmd).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertEquals(0, p.exitValue(), "chromium failed:\n" + Files.readString(dir.resolve("chromium.log")));
        return new String(out, StandardCharsets.UTF_8);
    }

    /** The page's status after loading with this fragment. */
    static JsonNode status(String fragment) throws Exception {
        String dom = chromium(fragment, "--dump-dom");
        Matcher m = Pattern.compile("<pre id=\"heapsim-status\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), "no status in the page's DOM:\n" + dom.substring(0, Math.min(2000, dom.length())));
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        return new ObjectMapper().readTree(json);
    }

    static long count(JsonNode labels, String prefix) {
        long n = 0;
        for (JsonNode l : labels) {
            n += l.asText().startsWith(prefix) ? 1 : 0;
        }
        return n;
    }

    @Test
    void steppingPastDelCatalogShowsThreeCheesesFreed() throws Exception {
        JsonNode before = status("step=" + (delCatalog - 1));
        assertEquals(delCatalog - 1, before.get("step").asInt());
        assertEquals(4, before.get("types").get("Cheese").asInt(), before.toString());
        assertEquals(0, count(before.get("freed"), "Cheese"), before.toString());

        JsonNode after = status("step=" + (delCatalog - 1) + "&keys=ArrowRight");
        assertEquals(delCatalog, after.get("step").asInt(), "the right arrow steps forward: " + after);
        assertEquals("unbind catalog", after.get("source").asText());
        assertEquals(27, after.get("line").asInt());
        assertEquals(3, count(after.get("freed"), "Cheese#"), after.toString());
        assertEquals(1, after.get("types").get("Cheese").asInt(), "Cheese('hehe') is left: " + after);
        assertTrue(after.get("freed").toString().contains("list#"), after.toString());

        JsonNode back = status("step=" + delCatalog + "&keys=ArrowLeft,ArrowLeft,ArrowRight");
        assertEquals(delCatalog - 1, back.get("step").asInt(), "the left arrow steps back: " + back);
    }

    @Test
    void aClickedObjectShowsWhyItIsAliveOrDead() throws Exception {
        JsonNode run = HtmlCommandTest.embedded(Files.readString(page, StandardCharsets.UTF_8), "heapsim-run");
        long hehe = run.get("steps").get(delCatalog - 1).get("globals").get("cheese").asLong();
        JsonNode alive = status("step=" + delCatalog + "&select=" + hehe);
        assertEquals("Cheese#" + hehe + " is alive: refcount 1, held by name 'cheese'\n  name 'cheese'", alive.get("why").asText());
        long c1 = run.get("steps").get(delCatalog - 5).get("globals").get("c1").asLong();
        JsonNode dead = status("step=" + delCatalog + "&select=" + c1);
        assertTrue(dead.get("why").asText().startsWith("Cheese#" + c1 + " is dead: line 27 'unbind catalog': list#"), dead.toString());
    }

    @Test
    void screenshot() throws Exception {
        Path png = dir.resolve("seed.png");
        chromium("step=" + delCatalog, "--screenshot=" + png, "--hide-scrollbars");
        byte[] bytes = Files.readAllBytes(png);
        assertTrue(bytes.length > 20_000, "screenshot of " + bytes.length + " bytes");
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals("PNG", new String(bytes, 1, 3, StandardCharsets.US_ASCII));
        Path target = Path.of("target", "seed-step-" + delCatalog + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(png, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
