package org.heapsim.python.parse;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

/**
 * Decodes the body of a string or bytes literal, mirroring {@code Parser/string_parser.c}
 * (decode_unicode_with_escapes, _PyBytes_DecodeEscape). Unknown escapes such as {@code \d} are
 * kept verbatim, as CPython does; from 3.12 they also produce a SyntaxWarning.
 */
final class StringDecoder {

    /** Reports a decoding problem: the message and the offset within the body where it starts. */
    interface Errors {
        RuntimeException error(String message, int offsetInBody);

        RuntimeException unsupported(String construct, int offsetInBody);
    }

    private final SyntaxMessages messages;
    private final Errors errors;
    private final Consumer<String> invalidEscapeWarnings;
    private boolean warnedInvalidEscape;

    StringDecoder(SyntaxMessages messages, Errors errors, Consumer<String> invalidEscapeWarnings) {
        this.messages = messages;
        this.errors = errors;
        this.invalidEscapeWarnings = invalidEscapeWarnings;
    }

    String decodeStr(String body) {
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            i = escape(body, i, out, false);
        }
        return out.toString();
    }

    byte[] decodeBytes(String body, boolean raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 128) {
                throw errors.error(messages.bytesNonAscii(), i);
            }
        }
        if (raw) {
            for (int i = 0; i < body.length(); i++) {
                out.write(body.charAt(i));
            }
            return out.toByteArray();
        }
        StringBuilder decoded = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                decoded.append(c);
                i++;
                continue;
            }
            i = escape(body, i, decoded, true);
        }
        for (int k = 0; k < decoded.length(); k++) {
            out.write(decoded.charAt(k) & 0xFF);
        }
        return out.toByteArray();
    }

    /** Decodes the escape starting at body[i] == '\\'; returns the index after it. */
    private int escape(String body, int i, StringBuilder out, boolean bytes) {
        if (i + 1 >= body.length()) {
            out.append('\\');
            return i + 1;
        }
        char e = body.charAt(i + 1);
        int next = i + 2;
        switch (e) {
            case '\n' -> {
                return next;
            }
            case '\r' -> {
                return next < body.length() && body.charAt(next) == '\n' ? next + 1 : next;
            }
            case '\\', '\'', '"' -> out.append(e);
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'v' -> out.append('\u000b');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int value = e - '0';
                int end = next;
                while (end < body.length() && end < i + 4 && body.charAt(end) >= '0' && body.charAt(end) <= '7') {
                    value = value * 8 + body.charAt(end) - '0';
                    end++;
                }
                out.append((char) (bytes ? value & 0xFF : value));
                return end;
            }
            case 'x' -> {
                return hexEscape(body, i, 2, "\\xXX", out);
            }
            case 'u', 'U', 'N' -> {
                if (bytes) {
                    return invalidEscape(body, i, out);
                }
                if (e == 'N') {
                    throw errors.unsupported("'\\N{...}' escape", i);
                }
                return hexEscape(body, i, e == 'u' ? 4 : 8, e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX", out);
            }
            default -> {
                return invalidEscape(body, i, out);
            }
        }
        return next;
    }

    private int invalidEscape(String body, int i, StringBuilder out) {
        out.append('\\');
        if (messages.minor() >= 12 && !warnedInvalidEscape) {
            warnedInvalidEscape = true;
            invalidEscapeWarnings.accept("invalid escape sequence '\\" + body.charAt(i + 1) + "'");
        }
        return i + 1;
    }

    private int hexEscape(String body, int i, int digits, String what, StringBuilder out) {
        int start = i + 2;
        int value = 0;
        for (int k = 0; k < digits; k++) {
            int d = start + k < body.length() ? Character.digit(body.charAt(start + k), 16) : -1;
            if (d < 0) {
                throw errors.error(messages.truncatedEscape(what, i, start + k - 1), i);
            }
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT) {
            throw errors.error("(unicode error) 'unicodeescape' codec can't decode bytes in position " + i + "-"
                    + (start + digits - 1) + ": illegal Unicode character", i);
        }
        out.appendCodePoint(value);
        return start + digits;
    }
}
