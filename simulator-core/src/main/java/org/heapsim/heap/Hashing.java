package org.heapsim.heap;

import java.math.BigInteger;

/** CPython's numeric hash ({@code Python/pyhash.c}, {@code Objects/longobject.c long_hash}). */
public final class Hashing {
    /** _PyHASH_MODULUS = 2**61 - 1 */
    private static final int BITS = 61;
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    private Hashing() {
    }

    public static long intHash(BigInteger v) {
        if (v.bitLength() < BITS) { // |v| < 2**61 - 1: its own residue
            long h = v.longValue();
            return h == -1 ? -2 : h;
        }
        long h = v.abs().mod(MODULUS).longValue();
        if (v.signum() < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static long atomHash(AtomObject a) {
        Object v = a.value();
        if (v instanceof BigInteger i) {
            return intHash(i);
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return intHash(new java.math.BigDecimal(d).toBigInteger());
        }
        return v == null ? 0x5DEECE66DL : v.hashCode();
    }
}
