package org.heapsim.python.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the '### name' separated resource files that the record.py scripts read and write. */
public final class Cases {
    private Cases() {
    }

    public static String resource(String path) {
        try (InputStream in = Cases.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** name -> body, in file order; bodies keep their line terminators like record.py's reader. */
    public static Map<String, String> sections(String path) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : linesKeepingEnds(resource(path))) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                name = line.substring(4).strip();
                body.setLength(0);
            } else {
                body.append(line);
            }
        }
        if (name != null) {
            out.put(name, body.toString());
        }
        return out;
    }

    static List<String> linesKeepingEnds(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
