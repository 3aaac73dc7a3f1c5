package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.version.TracebackStyle.Printer;

/**
 * Tracebacks as CPython writes them to stderr: chained exceptions first, then for each the
 * "Traceback (most recent call last):" header, one entry per traceback object (outermost
 * first), a run of identical entries cut after three, and the exception's last line.
 * 3.8-3.12 mirror Python/traceback.c (tb_print_internal, tb_displayline); 3.13 prints through
 * Lib/traceback.py (StackSummary.format, format_frame_summary); the differences are data in
 * {@link TracebackStyle}.
 */
final class Tracebacks {
    /** tb_next's line, as PyTraceBack_Here recorded it: the code, its instruction, and the line. */
    record Site(Code code, int instr, int line) {
    }

    /** TB_RECURSIVE_CUTOFF / _RECURSIVE_CUTOFF: identical entries shown before the "repeated" line. */
    private static final int RECURSIVE_CUTOFF = 3;
    private static final String CAUSE_MESSAGE =
            "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT_MESSAGE =
            "\nDuring handling of the above exception, another exception occurred:\n\n";

    private Tracebacks() {
    }

    /** PyErr_Display (print_exception_recursive): the exception with its causes and contexts. */
    static String format(PyRuntime rt, ExceptionObject exc) {
        StringBuilder sb = new StringBuilder();
        printRecursive(rt, exc, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    private static void printRecursive(PyRuntime rt, ExceptionObject exc, StringBuilder sb, Set<PyObject> seen) {
        seen.add(exc);
        PyObject cause = exc.field(4);
        PyObject context = exc.field(5);
        if (cause instanceof ExceptionObject c) {
            if (!seen.contains(c)) {
                printRecursive(rt, c, sb, seen);
                sb.append(CAUSE_MESSAGE);
            }
        } else if (context instanceof ExceptionObject c && !exc.suppressContext()) {
            if (!seen.contains(c)) {
                printRecursive(rt, c, sb, seen);
                sb.append(CONTEXT_MESSAGE);
            }
        }
        appendTraceback(rt, exc, rt.policy.tracebackStyle().uncaught(), sb);
        // 3.8-3.10's print_exception qualifies a class defined in __main__ ("__main__.E: ...")
        String qualifier = rt.policy.tracebackQualifiesMainExceptions()
                && exc.type() instanceof org.heapsim.heap.ClassObject ? "__main__." : "";
        sb.append(qualifier).append(lastLine(rt, exc)).append('\n');
    }

    /** PyTraceBack_Print: the header and the entries, when there are any. */
    static void appendTraceback(PyRuntime rt, List<Site> sites, Printer printer, StringBuilder sb) {
        if (sites.isEmpty()) {
            return;
        }
        if (printer.limit() > 0 && sites.size() > printer.limit()) {
            sites = sites.subList(sites.size() - printer.limit(), sites.size()); // the oldest are dropped
        }
        sb.append("Traceback (most recent call last):\n");
        Site last = null;
        int count = 0;
        for (Site s : sites) {
            if (last == null || !s.code().filename.equals(last.code().filename) || s.line() != last.line()
                    || !s.code().name.equals(last.code().name)) {
                appendRepeated(sb, count);
                last = s;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                appendEntry(rt, printer, s, sb);
            }
        }
        appendRepeated(sb, count);
    }

    private static void appendRepeated(StringBuilder sb, int count) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "").append("]\n");
        }
    }

    static void appendTraceback(PyRuntime rt, ExceptionObject exc, Printer printer, StringBuilder sb) {
        appendTraceback(rt, sites(exc), printer, sb);
    }

    /** tb_displayline (format_frame_summary in 3.13): the File line, the source line, its markers. */
    private static void appendEntry(PyRuntime rt, Printer printer, Site s, StringBuilder sb) {
        sb.append("  File \"").append(s.code().filename).append("\", line ").append(s.line())
                .append(", in ").append(s.code().name).append('\n');
        String line = rt.rawSourceLine(s.code().filename, s.line());
        if (line == null || line.isBlank()) {
            return;
        }
        int[] location = s.code().locationOf(s.instr());
        int minor = rt.policy.minor();
        if (printer == Printer.PYTHON) {
            List<String> shown = location == null || location[0] != s.line() ? null
                    : Carets.pyStyle(rt.sourceLines(s.code().filename), location, minor);
            if (shown == null) {
                sb.append("    ").append(line.strip()).append('\n');
            } else {
                shown.forEach(l -> sb.append(l).append('\n'));
            }
            return;
        }
        sb.append("    ").append(stripIndent(line)).append('\n');
        if (printer == Printer.C_CARETS && location != null && location[0] == s.line()) {
            String markers = Carets.cStyle(line, location, minor);
            if (markers != null) {
                sb.append(markers).append('\n');
            }
        }
    }

    /** display_source_line_with_margin: spaces, tabs and form feeds before the text go. */
    static String stripIndent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }

    /** The traceback's entries, outermost first (the order of tb_next). */
    static List<Site> sites(ExceptionObject exc) {
        List<Site> out = new ArrayList<>();
        PyObject tb = exc.field(3);
        while (tb instanceof GenericObject g) {
            out.add((Site) g.payload());
            tb = g.field(0);
        }
        return out;
    }

    static String lastLine(PyRuntime rt, ExceptionObject exc) {
        String msg = Ops.strOf(rt, exc);
        String name = exc.type().name();
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
