package org.heapsim.python.vm;

import java.math.BigInteger;

/**
 * int(str, base) and float(str) syntax ({@code Objects/longobject.c PyLong_FromString},
 * {@code Python/pystrtod.c}): surrounding whitespace, a sign, base prefixes (0x 0o 0b, and
 * base 0 guessing them, where a leading 0 means only zeros), single underscores between digits,
 * Unicode decimal digits; null when the text is not a literal of that base.
 */
final class NumberParsing {
    private NumberParsing() {
    }

    static String stripSpace(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && StrMethods.isSpace(s.charAt(i))) {
            i++;
        }
        while (j > i && StrMethods.isSpace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(i, j);
    }

    /** PyLong_FromString: the value, or null for an invalid literal. */
    static BigInteger parseInt(String text, int base) {
        String s = stripSpace(text);
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        boolean prefixed = false;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                base = pb;
                i += 2;
                prefixed = true;
            }
        }
        boolean zeroOnly = false;
        if (base == 0) {
            // no prefix: decimal, and a leading 0 allows only zeros ("00" but not "010")
            zeroOnly = i < s.length() && s.charAt(i) == '0';
            base = 10;
        }
        StringBuilder digits = new StringBuilder();
        boolean underscoreAllowed = prefixed; // "0x_1f": one underscore may follow a prefix
        boolean previousUnderscore = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (!underscoreAllowed || previousUnderscore) {
                    return null;
                }
                previousUnderscore = true;
                underscoreAllowed = false;
                continue;
            }
            int d = Character.digit(c, base);
            if (d < 0) {
                return null;
            }
            digits.append(Character.forDigit(d, base));
            previousUnderscore = false;
            underscoreAllowed = true;
        }
        if (digits.length() == 0 || previousUnderscore) {
            return null;
        }
        if (Integer.bitCount(base) != 1 && digits.length() > Ops.INT_MAX_STR_DIGITS) {
            throw new TooManyDigits(digits.length()); // PyLong_FromString: only bases that are not powers of two
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        if (zeroOnly && v.signum() != 0) {
            return null;
        }
        return negative ? v.negate() : v;
    }

    private static final java.util.regex.Pattern FLOAT = java.util.regex.Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");

    /** float(str): a decimal literal, or inf/infinity/nan in any case with a sign; null when invalid. */
    static Double parseFloat(String text) {
        String s = stripSpace(text);
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (unsigned.equals("nan")) {
            return Double.NaN;
        }
        StringBuilder ascii = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            int d = Character.isDigit(c) ? Character.digit(c, 10) : -1;
            ascii.append(d >= 0 ? (char) ('0' + d) : c);
        }
        String a = ascii.toString();
        if (!FLOAT.matcher(a).matches()) {
            return null;
        }
        return Double.parseDouble(a.replace("_", ""));
    }

    /** int(str) of more digits than sys.get_int_max_str_digits() allows. */
    static final class TooManyDigits extends RuntimeException {
        final int digits;

        TooManyDigits(int digits) {
            super(null, null, false, false);
            this.digits = digits;
        }
    }
}
