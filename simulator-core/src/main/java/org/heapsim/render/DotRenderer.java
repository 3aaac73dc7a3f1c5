package org.heapsim.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.heapsim.heap.Snapshot;

/**
 * Graphviz DOT of a heap snapshot: one node per object with its refcount, solid edges for
 * strong references (labelled with the slot), dashed edges for weak references, roots as
 * boxes, and objects awaiting collection (unreachable from every root) greyed. Nodes and
 * edges come in snapshot order, so two steps of a run diff cleanly.
 */
public final class DotRenderer {
    private DotRenderer() {
    }

    /** @param hideAtoms leave out str/int/float/bytes objects and edges to them */
    public static String render(Snapshot s, String title, boolean hideAtoms) {
        StringBuilder sb = new StringBuilder();
        sb.append("digraph heap {\n");
        sb.append("  graph [label=").append(quote(title)).append(", labelloc=t, fontname=\"Helvetica\", rankdir=LR];\n");
        sb.append("  node [shape=record, fontname=\"Helvetica\", fontsize=10];\n");
        sb.append("  edge [fontname=\"Helvetica\", fontsize=9];\n");
        Set<Long> shown = new HashSet<>();
        for (Snapshot.ObjectInfo o : s.objects()) {
            if (hideAtoms && isAtom(o.type())) {
                continue;
            }
            shown.add(o.id());
            List<String> fields = new java.util.ArrayList<>(List.of(o.label(), "refcount " + o.refcount()));
            if (o.tracked()) {
                fields.add("gen " + o.generation());
            }
            if (o.finalized()) {
                fields.add("__del__ ran");
            }
            sb.append("  o").append(o.id()).append(" [label=").append(recordLabel(fields));
            if (!o.reachable()) {
                sb.append(", style=filled, fillcolor=\"#d9d9d9\", fontcolor=\"#555555\", tooltip=\"awaiting collection\"");
            }
            sb.append("];\n");
        }
        int r = 0;
        for (Snapshot.RootInfo root : s.roots()) {
            List<Long> held = root.held().stream().filter(shown::contains).toList();
            if (held.isEmpty()) {
                continue;
            }
            sb.append("  r").append(r).append(" [shape=box, style=rounded, label=").append(quote(root.label())).append("];\n");
            for (Long id : held) {
                sb.append("  r").append(r).append(" -> o").append(id).append(";\n");
            }
            r++;
        }
        for (Snapshot.Edge e : s.edges()) {
            if (shown.contains(e.from()) && shown.contains(e.to())) {
                sb.append("  o").append(e.from()).append(" -> o").append(e.to())
                        .append(" [label=").append(quote(e.slot().strip())).append("];\n");
            }
        }
        for (Snapshot.WeakEdge w : s.weakEdges()) {
            if (shown.contains(w.weakref()) && shown.contains(w.referent())) {
                sb.append("  o").append(w.weakref()).append(" -> o").append(w.referent())
                        .append(" [style=dashed, color=\"#3366cc\", label=\"weak\"];\n");
            }
        }
        sb.append("}\n");
        return sb.toString();
    }

    private static boolean isAtom(String type) {
        return type.equals("str") || type.equals("int") || type.equals("float") || type.equals("bytes") || type.equals("bool");
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /**
     * A quoted record label stacking the fields vertically. Inside a record label Graphviz
     * treats {@code { } | < >} as structure and a backslash as escaping the next character, and
     * a DOT string only unescapes {@code \"}: so every special character gets one backslash.
     */
    static String recordLabel(List<String> fields) {
        StringBuilder out = new StringBuilder("\"{");
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append('|');
            }
            for (char c : fields.get(i).toCharArray()) {
                switch (c) {
                    case '{', '}', '|', '<', '>', '\\', '"' -> out.append('\\').append(c);
                    case '\n' -> out.append("\\n");
                    default -> out.append(c);
                }
            }
        }
        return out.append("}\"").toString();
    }
}
