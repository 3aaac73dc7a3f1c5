package org.heapsim.python.parse;

import java.math.BigInteger;

import org.heapsim.python.ast.ConstantValue;

/** Converts a NUMBER token (already validated by the {@link Tokenizer}) to its constant value, as {@code parsenumber} in {@code Parser/pegen.c}. */
final class NumberParser {
    private NumberParser() {
    }

    static Object parse(String text) {
        String s = text.replace("_", "");
        char last = Character.toLowerCase(s.charAt(s.length() - 1));
        if (last == 'j') {
            return new ConstantValue.Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0' && Character.isLetter(s.charAt(1))) {
            int radix = switch (Character.toLowerCase(s.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            return new BigInteger(s.substring(2), radix);
        }
        if (s.contains(".") || s.contains("e") || s.contains("E")) {
            return Double.parseDouble(s);
        }
        return new BigInteger(s);
    }
}
