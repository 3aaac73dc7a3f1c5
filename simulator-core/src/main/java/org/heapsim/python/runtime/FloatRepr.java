package org.heapsim.python.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code repr(float)} and {@code str(float)} as CPython prints them ({@code float_repr} →
 * {@code PyOS_double_to_string(v, 'r', 0, Py_DTSF_ADD_DOT_0)}): the shortest digit string
 * that reads back as the same double (David Gay's algorithm in CPython; here the shortest
 * round-tripping precision), positional when the decimal exponent is in [-4, 16), otherwise
 * scientific with a sign and at least two exponent digits; integral values get ".0".
 */
public final class FloatRepr {
    private FloatRepr() {
    }

    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(v);
        BigDecimal shortest = null;
        for (int p = 1; p <= 17; p++) {
            BigDecimal candidate = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                shortest = candidate;
                break;
            }
        }
        if (shortest == null) {
            shortest = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        }
        String digits = shortest.unscaledValue().abs().toString().replaceFirst("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        // decimal exponent of the first digit: value = 0.d1d2... * 10**decpt
        int decpt = shortest.precision() - shortest.scale();
        String sign = v < 0 ? "-" : "";
        int exp10 = decpt - 1;
        if (exp10 < -4 || exp10 >= 16) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String e = String.valueOf(Math.abs(exp10));
            if (e.length() < 2) {
                e = "0" + e;
            }
            return sign + mantissa + "e" + (exp10 < 0 ? "-" : "+") + e;
        }
        if (decpt <= 0) {
            return sign + "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= digits.length()) {
            return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        }
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }
}
