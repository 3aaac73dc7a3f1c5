package org.heapsim.python.parse;

/**
 * 3.8/3.9's SyntaxError constructor ({@code _report_missing_parentheses} in
 * {@code Objects/exceptions.c}) replaces the message of any plain SyntaxError whose source line
 * has no '(' and starts, or continues after a ':', with {@code print } or {@code exec }.
 */
final class LegacyStatements {
    private LegacyStatements() {
    }

    static boolean isLegacyName(String name) {
        return name.equals("print") || name.equals("exec");
    }

    static PySyntaxError rewrite(PySyntaxError e, SyntaxMessages messages) {
        String text = e.sourceLine();
        if (messages.minor() >= 10 || e.kind() != PySyntaxError.Kind.SyntaxError || text == null
                || text.indexOf('(') >= 0) {
            return e;
        }
        String message = legacyMessage(text, 0);
        int colon = text.indexOf(':');
        if (message == null && colon >= 0) {
            message = legacyMessage(text, colon + 1);
        }
        return message == null ? e : new PySyntaxError(e.kind(), message, e.fileName(), e.line(), e.col(),
                e.endLine(), e.endCol(), e.sourceLine());
    }

    private static String legacyMessage(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (text.startsWith("print ", start)) {
            int end = text.indexOf(';', start + 6);
            String args = text.substring(start + 6, end < 0 ? text.length() : end).strip();
            String endArg = args.endsWith(",") ? " end=\" \"" : "";
            return "Missing parentheses in call to 'print'. Did you mean print(" + args + endArg + ")?";
        }
        if (text.startsWith("exec ", start)) {
            return "Missing parentheses in call to 'exec'";
        }
        return null;
    }
}
