package org.heapsim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small parser for the DOT subset {@link DotRenderer} writes, following Graphviz's rules: a
 * {@code digraph ID { ... }} of attribute statements ({@code graph|node|edge [..]}), node
 * statements ({@code ID [..]}) and edge statements ({@code ID -> ID [..]}); IDs are names,
 * numerals or double-quoted strings, in which only {@code \"} is an escape (other backslashes
 * stay, for the label's own parser). Anything else is a parse error, so the test catches
 * output Graphviz would reject or read differently.
 */
final class DotParser {
    /** A node statement: its id and attributes, in order of appearance. */
    record Node(String id, Map<String, String> attrs) {
    }

    /** An edge statement. */
    record Edge(String from, String to, Map<String, String> attrs) {
    }

    /** The parsed graph: nodes and edges in order, and the graph/node/edge default attributes. */
    record Graph(String name, List<Node> nodes, List<Edge> edges, Map<String, Map<String, String>> defaults) {
        Node node(String id) {
            return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElse(null);
        }
    }

    private final String text;
    private int pos;

    private DotParser(String text) {
        this.text = text;
    }

    static Graph parse(String text) {
        return new DotParser(text).graph();
    }

    private Graph graph() {
        expectWord("digraph");
        String name = id();
        expect("{");
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, Map<String, String>> defaults = new LinkedHashMap<>();
        while (!peek("}")) {
            String first = id();
            if (first.equals("graph") || first.equals("node") || first.equals("edge")) {
                defaults.put(first, attrs());
            } else if (peek("->")) {
                expect("->");
                String to = id();
                edges.add(new Edge(first, to, peek("[") ? attrs() : Map.of()));
            } else {
                if (nodes.stream().anyMatch(n -> n.id().equals(first))) {
                    throw error("node " + first + " declared twice");
                }
                nodes.add(new Node(first, peek("[") ? attrs() : Map.of()));
            }
            expect(";");
        }
        expect("}");
        skipBlanks();
        if (pos != text.length()) {
            throw error("text after the graph");
        }
        return new Graph(name, nodes, edges, defaults);
    }

    private Map<String, String> attrs() {
        expect("[");
        Map<String, String> a = new LinkedHashMap<>();
        while (!peek("]")) {
            String k = id();
            expect("=");
            String v = id();
            if (a.put(k, v) != null) {
                throw error("attribute " + k + " given twice");
            }
            if (peek(",")) {
                expect(",");
            }
        }
        expect("]");
        return a;
    }

    private String id() {
        skipBlanks();
        if (pos >= text.length()) {
            throw error("an ID expected at the end");
        }
        char c = text.charAt(pos);
        if (c == '"') {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char d = text.charAt(pos++);
                if (d == '"') {
                    return sb.toString();
                } else if (d == '\\' && pos < text.length() && text.charAt(pos) == '"') {
                    sb.append('"');
                    pos++;
                } else if (d == '\\' && pos < text.length()) {
                    sb.append(d).append(text.charAt(pos++)); // kept for the label's parser
                } else if (d == '\n') {
                    throw error("raw newline in a string");
                } else {
                    sb.append(d);
                }
            }
        }
        int start = pos;
        if (Character.isLetter(c) || c == '_') {
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
        } else if (Character.isDigit(c) || c == '-' || c == '.') {
            pos++;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
        } else {
            throw error("an ID expected, found '" + c + "'");
        }
        return text.substring(start, pos);
    }

    private boolean peek(String token) {
        skipBlanks();
        return text.startsWith(token, pos);
    }

    private void expect(String token) {
        if (!peek(token)) {
            throw error("'" + token + "' expected");
        }
        pos += token.length();
    }

    private void expectWord(String word) {
        if (!id().equals(word)) {
            throw error("'" + word + "' expected");
        }
    }

    private void skipBlanks() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private IllegalArgumentException error(String message) {
        int line = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return new IllegalArgumentException("DOT line " + line + ": " + message);
    }

    /**
     * The fields of a record label as Graphviz reads them: an outer {@code {...}} flips the
     * direction, {@code |} separates fields, a backslash escapes the next character ({@code \n}
     * is a line break); an unescaped {@code { } < >} inside a field is structure this renderer
     * never writes, so it is an error here.
     */
    static List<String> recordFields(String label) {
        if (!label.startsWith("{") || !label.endsWith("}") || label.length() < 2) {
            throw new IllegalArgumentException("record label not in braces: " + label);
        }
        String body = label.substring(1, label.length() - 1);
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char n = body.charAt(++i);
                cur.append(n == 'n' ? '\n' : n);
            } else if (c == '|') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else if (c == '{' || c == '}' || c == '<' || c == '>') {
                throw new IllegalArgumentException("unescaped '" + c + "' in record label " + label);
            } else {
                cur.append(c);
            }
        }
        fields.add(cur.toString());
        return fields;
    }
}
