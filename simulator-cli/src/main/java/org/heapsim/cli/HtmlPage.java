package org.heapsim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.heapsim.Simulator;
import org.heapsim.event.HeapEvent;
import org.heapsim.render.Explanations;

/**
 * The step-through page of {@code heapsim html}: one self-contained HTML file (inline CSS and
 * script, no network) holding the run as its {@code heapsim.run/1} JSON document, with the
 * why-alive explanation of every object at every step and the why-dead explanation of every
 * freed object, and the program's source. The page's script (resource {@code html/page.js})
 * steps through it; it is built from a {@link Simulator.Run}, whatever produced its steps.
 */
final class HtmlPage {
    private HtmlPage() {
    }

    /**
     * @param file       the file name as given (shown in the title)
     * @param sourceText the program or trace, whose lines the steps' line numbers refer to
     * @param run        a run recorded with steps (and, for the why panel, explanations)
     */
    static String render(String file, String sourceText, String python, Simulator.Run run) throws IOException {
        Explanations.DeathLog deaths = new Explanations.DeathLog();
        Map<Long, String> whyDead = new LinkedHashMap<>();
        for (HeapEvent e : run.events()) {
            deaths.onEvent(e);
        }
        for (HeapEvent e : run.events()) {
            if (e instanceof HeapEvent.Freed f) {
                whyDead.put(f.object(), deaths.whyDead(f.object()));
            }
        }
        JsonExport export = new JsonExport();
        String runJson = export.toJson(export.document(file, python, run.exitStatus(), run.steps(), whyDead));
        Map<String, Object> program = new LinkedHashMap<>();
        program.put("file", file);
        program.put("source", sourceText);
        String programJson = export.toJson(program);
        String title = "heapsim: " + file;
        return resource("page.html")
                .replace("{{TITLE}}", escapeHtml(title))
                .replace("{{CSS}}", resource("page.css"))
                .replace("{{JS}}", resource("page.js"))
                .replace("{{PROGRAM_JSON}}", scriptSafe(programJson))
                .replace("{{RUN_JSON}}", scriptSafe(runJson));
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream("html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("resource html/" + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON inside a script element: no "</" (it could close the element), no line separators. */
    static String scriptSafe(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\u0021--").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
