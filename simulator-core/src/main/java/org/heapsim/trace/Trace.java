package org.heapsim.trace;

import java.util.List;

/** A parsed trace: its name (for messages), its source lines, and its records in order. */
public record Trace(String name, List<String> lines, List<TraceRecord> records) {
    public Trace {
        lines = List.copyOf(lines);
        records = List.copyOf(records);
    }

    /** The text of a record's line, without its comment. */
    public String sourceOf(TraceRecord r) {
        int i = r.pos().line() - 1;
        if (i < 0 || i >= lines.size()) {
            return "";
        }
        String line = lines.get(i);
        int hash = line.indexOf(" #");
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }
}
