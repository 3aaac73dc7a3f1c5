package org.heapsim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether heapsim behaved as CPython did (python-subset.md, "What counts as the same
 * behaviour"): stdout byte for byte; the exit status; when the status is not 0, the last
 * line of stderr (the exception); and the sequence of "Exception ignored in" reports, with
 * memory addresses masked.
 */
public final class Comparison {
    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]+");

    private Comparison() {
    }

    /** The differences, each one line; empty when the outcomes agree. */
    public static List<String> differences(Outcome expected, Outcome actual) {
        return differences(expected, actual, false);
    }

    /**
     * As {@link #differences(Outcome, Outcome)}; with wholeStderr, stderr is compared in full
     * (tracebacks with their source lines and carets, every line of every report), memory
     * addresses masked, instead of its last line and the "Exception ignored" lines.
     */
    public static List<String> differences(Outcome expected, Outcome actual, boolean wholeStderr) {
        List<String> diffs = new ArrayList<>();
        if (wholeStderr) {
            String want = ADDRESS.matcher(expected.stderr()).replaceAll("0x...");
            String got = ADDRESS.matcher(actual.stderr()).replaceAll("0x...");
            if (!want.equals(got)) {
                diffs.add("stderr differs " + firstDifference(want, got));
            }
        }
        if (!expected.stdout().equals(actual.stdout())) {
            diffs.add("stdout differs " + firstDifference(expected.stdout(), actual.stdout()));
        }
        if (expected.status() != actual.status()) {
            diffs.add("exit status " + actual.status() + ", CPython " + expected.status());
        }
        if (expected.status() != 0 && !wholeStderr) {
            String want = lastLine(expected.stderr());
            String got = lastLine(actual.stderr());
            if (!want.equals(got)) {
                diffs.add("last stderr line \"" + got + "\", CPython \"" + want + "\"");
            }
        }
        List<String> wantIgnored = ignoredReports(expected.stderr());
        List<String> gotIgnored = ignoredReports(actual.stderr());
        if (!wholeStderr && !wantIgnored.equals(gotIgnored)) {
            diffs.add("'Exception ignored' reports " + gotIgnored + ", CPython " + wantIgnored);
        }
        return diffs;
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1];
    }

    /** The "Exception ignored in ..." lines, addresses masked. */
    static List<String> ignoredReports(String stderr) {
        List<String> out = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            if (line.startsWith("Exception ignored")) {
                out.add(ADDRESS.matcher(line).replaceAll("0x..."));
            }
        }
        return out;
    }

    /** "at line 3: expected 'del 2', got 'del 1'" */
    static String firstDifference(String want, String got) {
        String[] w = want.split("\n", -1);
        String[] g = got.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String a = i < w.length ? w[i] : "<end>";
            String b = i < g.length ? g[i] : "<end>";
            if (!a.equals(b)) {
                return "at line " + (i + 1) + ": CPython printed \"" + a + "\", heapsim \"" + b + "\"";
            }
        }
        return "(line endings)";
    }
}
