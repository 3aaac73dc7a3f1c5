package org.heapsim.python.ast;

import java.util.Arrays;

/**
 * The Java types a {@link Expr.Constant} may hold, besides {@link java.math.BigInteger} (int),
 * {@link Double} (float), {@link String} (str) and {@link Boolean} (bool).
 */
public final class ConstantValue {
    private ConstantValue() {
    }

    /** The two constant singletons that are not booleans. */
    public enum Singleton { NONE, ELLIPSIS }

    /** An imaginary literal such as {@code 2j}; the real part is always 0. */
    public record Imaginary(double imag) {
    }

    /** A bytes literal; the array is never mutated after parsing. */
    public record Bytes(byte[] value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "Bytes" + Arrays.toString(value);
        }
    }
}
