package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.parse.Parser;

/**
 * The source lines of a traceback entry with the 3.11+ markers under the failing expression
 * (PEP 657), from the instruction's span. Two algorithms, as CPython has them:
 * <ul>
 * <li>3.11-3.12, C ({@code Python/traceback.c}: display_source_line_with_margin,
 *     extract_anchors_from_line, print_error_location_carets): one line; the segment re-parsed,
 *     and a binary operator or a subscript's brackets marked {@code ^} under {@code ~}; no
 *     markers when {@code ^} would cover the whole line without its indentation.</li>
 * <li>3.13, {@code Lib/traceback.py} (FrameSummary, format_frame_summary,
 *     _extract_caret_anchors_from_line_segment, _should_show_carets): spans over several
 *     lines, calls' parentheses anchored too, and no markers for {@code return f(...)} or
 *     {@code x = f(...)} whose call is the whole statement.</li>
 * </ul>
 * Columns are counted in characters (CPython counts UTF-8 bytes and converts back); wide
 * characters are counted as one column.
 */
final class Carets {
    private Carets() {
    }

    /** Where the marked part of a segment is: the secondary span [leftEnd, rightStart) in segment coordinates. */
    private record Anchors(int leftLine, int leftEnd, int rightLine, int rightStart, char primary, char secondary) {
    }

    // ------------------------------------------------------------------ 3.11-3.12 (C)

    /**
     * The marker line printed under {@code line} (indented by four, after the source line whose
     * indentation was cut), or null for none. location is {line, col, endLine, endCol}.
     */
    static String cStyle(String line, int[] location, int minor) {
        if (location == null || location[1] < 0 || location[3] < 0) {
            return null;
        }
        int truncation = line.length() - Tracebacks.stripIndent(line).length();
        int start = Math.min(location[1], line.length());
        int end;
        Anchors anchors = null;
        if (location[0] == location[2]) {
            end = Math.min(location[3], line.length());
            if (end < start) {
                return null;
            }
            anchors = cAnchors(line.substring(start, end), minor);
        } else {
            int i = line.length();
            while (--i >= 0 && Character.isWhitespace(line.charAt(i))) {
                // the last character that is not white space ends a span over several lines
            }
            end = i + 1;
        }
        if (end - start == line.length() - truncation && anchors == null) {
            return null; // the primary character would span the frame line
        }
        int left = anchors == null ? -1 : anchors.leftEnd() + start;
        int right = anchors == null ? -1 : anchors.rightStart() + start;
        char primary = anchors == null ? '^' : anchors.primary();
        char secondary = anchors == null ? '^' : anchors.secondary();
        StringBuilder sb = new StringBuilder("    ");
        for (int offset = truncation + 1; offset <= end; offset++) {
            if (offset <= start) {
                sb.append(' ');
            } else if (anchors != null && left < offset && offset <= right) {
                sb.append(secondary);
            } else {
                sb.append(primary);
            }
        }
        return sb.toString();
    }

    /** extract_anchors_from_line (as _extract_caret_anchors_from_line_segment of 3.11/3.12). */
    private static Anchors cAnchors(String segment, int minor) {
        Stmt stmt = parseOne(segment, minor);
        if (!(stmt instanceof Stmt.ExprStmt es)) {
            return null;
        }
        if (es.value() instanceof Expr.BinOp b) {
            // the first character between the operands that is not white space, or the last ')' if any
            int rightOperand = b.right().pos().colOffset();
            int left = -1;
            int right = -1;
            for (int i = b.left().pos().endColOffset(); i < rightOperand; i++) {
                if (Character.isWhitespace(segment.charAt(i))) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < rightOperand && !Character.isWhitespace(segment.charAt(i + 1))) {
                    right++; // a two-character operator (//, **, <<...)
                }
                if (i + 1 < rightOperand && segment.charAt(i) == ')') {
                    continue; // the closing parenthesis of the left operand
                }
                return new Anchors(0, left, 0, right, '~', '^');
            }
            return left < 0 ? null : new Anchors(0, left, 0, right, '^', '^');
        }
        if (es.value() instanceof Expr.Subscript s) {
            int left = s.value().pos().endColOffset();
            int right = s.slice().pos().endColOffset() + 1;
            while (left < segment.length() && segment.charAt(left) != '[') {
                left++;
            }
            while (right < segment.length() && segment.charAt(right) != ']') {
                right++;
            }
            if (right < segment.length()) {
                right++;
            }
            return new Anchors(0, left, 0, right, '~', '^');
        }
        return null;
    }

    // ------------------------------------------------------------------ 3.13 (Lib/traceback.py)

    /**
     * The lines printed under a 3.13 entry's File line (each without its newline, indented by
     * four): the significant source lines of the span, dedented, each followed by its markers
     * when they are shown. lines are the file's lines; location is {line, col, endLine, endCol}.
     */
    static List<String> pyStyle(List<String> lines, int[] location, int minor) {
        int first = location[0];
        int last = location[2];
        if (first < 1 || last < first || last > lines.size() || location[1] < 0 || location[3] < 0) {
            return null;
        }
        List<String> original = new ArrayList<>(); // FrameSummary._set_lines: each line rstripped
        for (String l : lines.subList(first - 1, last)) {
            original.add(l.stripTrailing());
        }
        List<String> all = dedent(original);
        int dedented = original.get(0).length() - all.get(0).length();
        int start = Math.max(0, location[1] - dedented);
        int end = Math.max(0, location[3] - dedented);
        String joined = String.join("\n", all);
        int cut = all.get(all.size() - 1).length() - end;
        if (start > joined.length() - cut) {
            return null;
        }
        String segment = joined.substring(start, joined.length() - cut);
        Anchors anchors = pyAnchors(segment, minor);
        boolean show = shouldShowCarets(start, end, all, anchors, minor);
        int leftEnd = 0;
        int rightStart = 0;
        if (anchors != null) {
            leftEnd = anchors.leftEnd() + (anchors.leftLine() == 0 ? start : 0);
            rightStart = anchors.rightStart() + (anchors.rightLine() == 0 ? start : 0);
        }
        TreeSet<Integer> significant = new TreeSet<>(List.of(0, all.size() - 1));
        if (anchors != null) {
            for (int d = -1; d <= 1; d++) {
                significant.add(anchors.leftLine() + d);
                significant.add(anchors.rightLine() + d);
            }
        }
        significant.remove(-1);
        significant.remove(all.size());
        List<String> result = new ArrayList<>();
        Integer previous = null;
        for (int lineno : significant) {
            if (previous != null) {
                int diff = lineno - previous;
                if (diff == 2) {
                    outputLine(result, all, lineno - 1, show, start, end, anchors, leftEnd, rightStart);
                } else if (diff > 2) {
                    result.add("...<" + (diff - 1) + " lines>...");
                }
            }
            outputLine(result, all, lineno, show, start, end, anchors, leftEnd, rightStart);
            previous = lineno;
        }
        List<String> out = new ArrayList<>();
        for (String l : dedent(result)) {
            out.add("    " + l);
        }
        return out;
    }

    private static void outputLine(List<String> result, List<String> all, int lineno, boolean show, int start, int end,
                                   Anchors anchors, int leftEnd, int rightStart) {
        String line = all.get(lineno);
        result.add(line);
        if (!show) {
            return;
        }
        int spaces = line.length() - line.stripLeading().length();
        int count = lineno == all.size() - 1 ? end : line.length();
        StringBuilder carets = new StringBuilder();
        for (int col = 0; col < count; col++) {
            if (col < spaces || (lineno == 0 && col < start)) {
                carets.append(' ');
            } else if (anchors != null
                    && (lineno > anchors.leftLine() || (lineno == anchors.leftLine() && col >= leftEnd))
                    && (lineno < anchors.rightLine() || (lineno == anchors.rightLine() && col < rightStart))) {
                carets.append(anchors.secondary());
            } else {
                carets.append(anchors != null ? anchors.primary() : '^');
            }
        }
        result.add(carets.toString());
    }

    /** _should_show_carets. */
    private static boolean shouldShowCarets(int start, int end, List<String> all, Anchors anchors, int minor) {
        Stmt stmt = parseOne(String.join("\n", all), minor);
        Expr value = null;
        if (stmt instanceof Stmt.Return r && r.value() instanceof Expr.Call c && c.func() instanceof Expr.Name) {
            value = c;
        } else if (stmt instanceof Stmt.Assign a && a.value() instanceof Expr.Call c
                && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name) {
            value = c;
        }
        if (value != null) {
            Pos p = value.pos();
            if (p.line() == 1 && p.endLine() == all.size() && p.colOffset() == start && p.endColOffset() == end) {
                return false;
            }
        }
        if (anchors != null) {
            return true;
        }
        String firstLine = all.get(0);
        String lastLine = all.get(all.size() - 1);
        return !firstLine.substring(0, Math.min(start, firstLine.length())).strip().isEmpty()
                || !lastLine.substring(Math.min(end, lastLine.length())).strip().isEmpty();
    }

    /** 3.13's _extract_caret_anchors_from_line_segment: the segment parsed inside parentheses. */
    private static Anchors pyAnchors(String segment, int minor) {
        Stmt stmt = parseOne("(\n" + segment + "\n)", minor);
        if (!(stmt instanceof Stmt.ExprStmt es)) {
            return null;
        }
        String[] lines = segment.split("\n", -1);
        try {
            if (es.value() instanceof Expr.BinOp b) {
                int[] p = endOf(lines, b.left(), true);
                p = until(lines, p, ch -> !Character.isWhitespace(ch) && ch != ')');
                int rightCol = p[1] + 1;
                Pos r = b.right().pos();
                if (rightCol < lines[p[0]].length()
                        && (r.line() - 2 > p[0] || rightCol < r.colOffset())
                        && !Character.isWhitespace(lines[p[0]].charAt(rightCol))
                        && "\\#".indexOf(lines[p[0]].charAt(rightCol)) < 0) {
                    rightCol++;
                }
                return new Anchors(p[0], p[1], p[0], rightCol, '~', '^');
            }
            Expr inner = es.value() instanceof Expr.Subscript s ? s.value()
                    : es.value() instanceof Expr.Call c ? c.func() : null;
            if (inner != null) {
                char open = es.value() instanceof Expr.Subscript ? '[' : '(';
                int[] left = until(lines, endOf(lines, inner, true), ch -> ch == open);
                int[] right = endOf(lines, es.value(), false);
                return new Anchors(left[0], left[1], right[0], right[1], '~', '^');
            }
        } catch (IndexOutOfBoundsException e) {
            return null; // an assertion of the Python code fails: no anchors (suppress(Exception))
        }
        return null;
    }

    /** setup_positions: the end of e in segment lines (the parse added a line before). */
    private static int[] endOf(String[] lines, Expr e, boolean forceValid) {
        int[] p = {e.pos().endLine() - 2, e.pos().endColOffset()};
        return forceValid ? nextValid(lines, p) : p;
    }

    private static int[] nextValid(String[] lines, int[] p) {
        int line = p[0];
        int col = p[1];
        while (line < lines.length && col >= lines[line].length()) {
            col = 0;
            line++;
        }
        if (line >= lines.length) {
            throw new IndexOutOfBoundsException("past the segment");
        }
        return new int[] {line, col};
    }

    private static int[] until(String[] lines, int[] p, java.util.function.IntPredicate stop) {
        while (true) {
            char ch = lines[p[0]].charAt(p[1]);
            if (ch == '\\' || ch == '#') {
                p = nextValid(lines, new int[] {p[0] + 1, 0});
            } else if (!stop.test(ch)) {
                p = nextValid(lines, new int[] {p[0], p[1] + 1});
            } else {
                return p;
            }
        }
    }

    /** textwrap.dedent: the whitespace prefix common to all lines that are not blank is removed. */
    static List<String> dedent(List<String> lines) {
        String margin = null;
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            String indent = l.substring(0, l.length() - l.stripLeading().length());
            if (margin == null || indent.startsWith(margin)) {
                margin = margin == null ? indent : margin;
            } else if (margin.startsWith(indent)) {
                margin = indent;
            } else {
                int i = 0;
                while (i < margin.length() && i < indent.length() && margin.charAt(i) == indent.charAt(i)) {
                    i++;
                }
                margin = margin.substring(0, i);
            }
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            out.add(l.isBlank() ? "" : margin == null ? l : l.substring(margin.length()));
        }
        return out;
    }

    private static Stmt parseOne(String source, int minor) {
        try {
            // ast.parse: the parser alone, without the compiler's checks ('return' outside a function)
            List<Stmt> body = new Parser(minor).parseSyntax(source, "<traceback>").module().body();
            return body.size() == 1 ? body.get(0) : null;
        } catch (RuntimeException e) {
            return null; // SyntaxError (or a construct heapsim does not parse): no anchors
        }
    }
}
