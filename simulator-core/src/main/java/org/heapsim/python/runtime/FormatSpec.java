package org.heapsim.python.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.heapsim.heap.PyError;

/**
 * The format-spec mini-language of {@code format()}, {@code str.format} and f-strings, for
 * int, float and str ({@code Python/formatter_unicode.c}):
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}.
 * Floats are rounded from their exact binary value, half to even, as CPython's dtoa does.
 */
public final class FormatSpec {
    char fill = ' ';
    char align; // 0: default for the type
    char sign = '-';
    boolean zeroCoerce;
    boolean alternate;
    int width = -1;
    char grouping; // 0, ',' or '_'
    int precision = -1;
    char type; // 0: none

    private FormatSpec() {
    }

    /** Parses a spec; errors are CPython's ValueErrors. */
    public static FormatSpec parse(String spec) {
        FormatSpec f = new FormatSpec();
        int i = 0;
        int n = spec.length();
        if (n >= 2 && isAlign(spec.charAt(1))) {
            f.fill = spec.charAt(0);
            f.align = spec.charAt(1);
            i = 2;
        } else if (n >= 1 && isAlign(spec.charAt(0))) {
            f.align = spec.charAt(0);
            i = 1;
        }
        if (i < n && (spec.charAt(i) == '+' || spec.charAt(i) == '-' || spec.charAt(i) == ' ')) {
            f.sign = spec.charAt(i++);
        }
        if (i < n && spec.charAt(i) == 'z') {
            f.zeroCoerce = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '#') {
            f.alternate = true;
            i++;
        }
        if (i < n && spec.charAt(i) == '0') {
            if (f.align == 0) {
                f.fill = '0';
                f.align = '=';
            }
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        if (i > start) {
            f.width = Integer.parseInt(spec.substring(start, i));
        }
        if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            f.grouping = spec.charAt(i++);
            if (i < n && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
                throw new PyError("ValueError", "Cannot specify both ',' and '_'.");
            }
        }
        if (i < n && spec.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw new PyError("ValueError", "Format specifier missing precision");
            }
            f.precision = Integer.parseInt(spec.substring(start, i));
        }
        if (n - i > 1) {
            throw new PyError("ValueError", "Invalid format specifier");
        }
        if (i < n) {
            f.type = spec.charAt(i);
        }
        return f;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private PyError unknownCode(String typeName) {
        return new PyError("ValueError", "Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    // ------------------------------------------------------------------ str

    public String formatStr(String s) {
        if (type != 0 && type != 's') {
            throw unknownCode("str");
        }
        if (sign != '-') {
            throw new PyError("ValueError", "Sign not allowed in string format specifier");
        }
        if (alternate) {
            throw new PyError("ValueError", "Alternate form (#) not allowed in string format specifier");
        }
        if (align == '=') {
            throw new PyError("ValueError", "'=' alignment not allowed in string format specifier");
        }
        if (grouping != 0) {
            throw new PyError("ValueError", "Cannot specify '" + grouping + "' with 's'.");
        }
        String body = precision >= 0 && s.codePointCount(0, s.length()) > precision
                ? s.substring(0, s.offsetByCodePoints(0, precision)) : s;
        return pad("", body, '<');
    }

    // ------------------------------------------------------------------ int

    public String formatInt(BigInteger v) {
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(v.doubleValue(), "int");
            }
            case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c' -> {
            }
            default -> throw unknownCode("int");
        }
        if (precision >= 0) {
            throw new PyError("ValueError", "Precision not allowed in integer format specifier");
        }
        if (type == 'c') {
            if (sign != '-') {
                throw new PyError("ValueError", "Sign not allowed with integer format specifier 'c'");
            }
            if (v.bitLength() > 63) {
                throw new PyError("OverflowError", "Python int too large to convert to C long");
            }
            if (v.signum() < 0 || v.bitLength() > 31 || v.intValue() > Character.MAX_CODE_POINT) {
                throw new PyError("OverflowError", "%c arg not in range(0x110000)");
            }
            return pad("", new String(Character.toChars(v.intValue())), '>');
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = v.bitLength() < 63 ? Long.toString(Math.abs(v.longValue()), radix) : v.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        String prefix = !alternate ? "" : switch (type) {
            case 'b' -> "0b";
            case 'o' -> "0o";
            case 'x' -> "0x";
            case 'X' -> "0X";
            default -> "";
        };
        String signStr = signOf(v.signum() < 0);
        if (grouping != 0) {
            int every = radix == 10 ? 3 : 4;
            if (grouping == ',' && radix != 10) {
                throw new PyError("ValueError", "Cannot specify ',' with '" + type + "'.");
            }
            digits = group(digits, grouping, every, zeroPadWidth(signStr.length() + prefix.length()));
        }
        return pad(signStr + prefix, digits, '>');
    }

    // ------------------------------------------------------------------ float

    public String formatFloat(double v) {
        return formatFloat(v, "float");
    }

    private String formatFloat(double v, String typeName) {
        char t = type;
        switch (t) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw unknownCode(typeName);
        }
        if (alternate && t == 0 && precision < 0) {
            // '#' with no type still formats like repr
        }
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        if (zeroCoerce && negative && Double.isFinite(v) && roundsToZero(v)) {
            negative = false;
            v = 0.0;
        }
        double a = Math.abs(v);
        String body;
        boolean upper = t == 'E' || t == 'F' || t == 'G';
        if (Double.isNaN(v)) {
            body = (upper ? "NAN" : "nan") + (t == '%' ? "%" : "");
            negative = false;
        } else if (Double.isInfinite(v)) {
            body = (upper ? "INF" : "inf") + (t == '%' ? "%" : "");
        } else if (t == 0 && precision < 0) {
            body = FloatRepr.repr(a);
        } else if (t == 'f' || t == 'F') {
            body = fixed(a, precision < 0 ? 6 : precision);
        } else if (t == '%') {
            body = fixed(a * 100, precision < 0 ? 6 : precision) + "%";
        } else if (t == 'e' || t == 'E') {
            body = scientific(a, precision < 0 ? 6 : precision, upper);
        } else {
            int p = precision < 0 ? 6 : Math.max(precision, 1);
            body = general(a, p, upper, t == 0);
        }
        if (alternate && !body.contains(".") && Character.isDigit(body.charAt(0)) && !body.contains("e") && !body.contains("E")) {
            body = body + ".";
        }
        String signStr = signOf(negative);
        if (grouping != 0 && Character.isDigit(body.charAt(0))) {
            int dot = firstNonDigit(body);
            String intPart = body.substring(0, dot);
            body = group(intPart, grouping, 3, zeroPadWidth(signStr.length()) - (body.length() - dot)) + body.substring(dot);
        }
        return pad(signStr, body, '>');
    }

    private boolean roundsToZero(double v) {
        String s = type == 0 && precision < 0 ? FloatRepr.repr(Math.abs(v)) : formatFloatDigitsOnly(Math.abs(v));
        return s.chars().noneMatch(c -> c >= '1' && c <= '9');
    }

    private String formatFloatDigitsOnly(double a) {
        FormatSpec copy = parse(type == 0 ? "" : String.valueOf(type));
        copy.precision = precision;
        String s = copy.formatFloat(a);
        int e = s.indexOf('e');
        return e >= 0 ? s.substring(0, e) : s;
    }

    private static int firstNonDigit(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String fixed(double a, int decimals) {
        return new BigDecimal(a).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String scientific(double a, int decimals, boolean upper) {
        String mant;
        int exp;
        if (a == 0) {
            mant = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(decimals + 1, RoundingMode.HALF_EVEN));
            String digits = r.unscaledValue().toString();
            while (digits.length() < decimals + 1) {
                digits = digits + "0";
            }
            digits = digits.substring(0, decimals + 1);
            exp = r.precision() - r.scale() - 1;
            mant = decimals == 0 ? digits : digits.charAt(0) + "." + digits.substring(1);
        }
        return mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
    }

    /** 'g' (and the no-type form with a precision): fixed or scientific by the exponent. */
    private String general(double a, int p, boolean upper, boolean noType) {
        int exp;
        if (a == 0) {
            exp = 0;
        } else {
            BigDecimal r = new BigDecimal(a).round(new MathContext(p, RoundingMode.HALF_EVEN));
            exp = r.precision() - r.scale() - 1;
        }
        // 'g' switches to scientific when exp >= p; the no-type form when exp >= p - 1
        boolean sci = exp < -4 || exp >= (noType ? p - 1 : p);
        String s;
        if (sci) {
            s = scientific(a, p - 1, upper);
            if (!alternate) {
                int e = s.indexOf(upper ? 'E' : 'e');
                String m = s.substring(0, e);
                if (m.contains(".")) {
                    m = m.replaceFirst("0+$", "").replaceFirst("\\.$", "");
                }
                s = m + s.substring(e);
            }
        } else {
            s = fixed(a, Math.max(p - 1 - exp, 0));
            if (!alternate && s.contains(".")) {
                s = s.replaceFirst("0+$", "").replaceFirst("\\.$", "");
            }
            if (noType && !s.contains(".")) {
                s = s + ".0";
            }
        }
        return s;
    }

    // ------------------------------------------------------------------ padding

    private String signOf(boolean negative) {
        if (negative) {
            return "-";
        }
        return sign == '+' ? "+" : sign == ' ' ? " " : "";
    }

    /** With '0' padding and '=' alignment, grouping must fill the width too. */
    private int zeroPadWidth(int used) {
        return fill == '0' && align == '=' && width > 0 ? width - used : 0;
    }

    private static String group(String digits, char sep, int every, int minWidth) {
        StringBuilder sb = new StringBuilder();
        int count = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            if (count > 0 && count % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
            count++;
        }
        while (sb.length() < minWidth) {
            if (count > 0 && count % every == 0) {
                sb.append(sep);
                if (sb.length() >= minWidth) {
                    break;
                }
            }
            sb.append('0');
            count++;
        }
        return sb.reverse().toString();
    }

    private String pad(String prefix, String body, char defaultAlign) {
        char a = align == 0 ? defaultAlign : align;
        int len = prefix.codePointCount(0, prefix.length()) + body.codePointCount(0, body.length());
        if (width <= len) {
            return prefix + body;
        }
        String padding = String.valueOf(fill).repeat(width - len);
        return switch (a) {
            case '<' -> prefix + body + padding;
            case '=' -> prefix + padding + body;
            case '^' -> {
                int left = (width - len) / 2;
                yield String.valueOf(fill).repeat(left) + prefix + body + String.valueOf(fill).repeat(width - len - left);
            }
            default -> padding + prefix + body;
        };
    }
}
