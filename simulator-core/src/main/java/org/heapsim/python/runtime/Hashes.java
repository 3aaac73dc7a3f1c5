package org.heapsim.python.runtime;

import java.math.BigInteger;

/**
 * CPython's hash functions, exactly, so that set and dict table order (and {@code hash()})
 * match the real interpreter run with {@code PYTHONHASHSEED=0} (which zeroes the SipHash key):
 * <ul>
 * <li>str and bytes: SipHash over the object's internal buffer ({@code Python/pyhash.c}):
 *     SipHash-2-4 until 3.10, SipHash-1-3 from 3.11 (PEP 456, bpo-29410); a str is hashed as
 *     its 1-, 2- or 4-byte-per-character little-endian representation (PEP 393);
 * <li>int: modulo 2**61 - 1 ({@code long_hash}); float: {@code _Py_HashDouble};
 * <li>tuple: the xxHash-based {@code tuplehash} (3.8+).
 * </ul>
 */
public final class Hashes {
    /** _PyHASH_BITS, _PyHASH_MODULUS, _PyHASH_INF */
    private static final int BITS = 61;
    private static final long MODULUS = (1L << BITS) - 1;
    private static final long INF = 314159;
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L; // 11400714785074694791
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL; // 14029467366897019727
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L; // 2870177450012600261

    private Hashes() {
    }

    /** hash(str) for the given minor version. */
    public static long str(String s, int minor) {
        if (s.isEmpty()) {
            return 0;
        }
        return bytesOf(internalBuffer(s), minor);
    }

    /** hash(bytes) */
    public static long bytes(byte[] b, int minor) {
        return b.length == 0 ? 0 : bytesOf(b, minor);
    }

    private static long bytesOf(byte[] data, int minor) {
        long h = minor >= 11 ? sip(data, 1, 3) : sip(data, 2, 4);
        return h == -1 ? -2 : h;
    }

    /** The PEP 393 buffer: 1, 2 or 4 bytes per code point, little-endian. */
    static byte[] internalBuffer(String s) {
        int n = s.length();
        char max = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c > max) {
                max = c;
            }
        }
        if (max < 256) {
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) s.charAt(i);
            }
            return out;
        }
        if (max < Character.MIN_SURROGATE) {
            byte[] out = new byte[n * 2];
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                out[2 * i] = (byte) c;
                out[2 * i + 1] = (byte) (c >>> 8);
            }
            return out;
        }
        int[] cps = s.codePoints().toArray();
        int maxCp = 0;
        for (int cp : cps) {
            maxCp = Math.max(maxCp, cp);
        }
        int kind = maxCp < 256 ? 1 : maxCp < 65536 ? 2 : 4;
        byte[] out = new byte[cps.length * kind];
        for (int i = 0; i < cps.length; i++) {
            for (int k = 0; k < kind; k++) {
                out[i * kind + k] = (byte) (cps[i] >>> (8 * k));
            }
        }
        return out;
    }

    /** SipHash-c-d with key (0, 0) and CPython's "modified" finalisation (v0^v1^v2^v3). */
    private static long sip(byte[] in, int compressionRounds, int finalRounds) {
        long v0 = 0x736f6d6570736575L;
        long v1 = 0x646f72616e646f6dL;
        long v2 = 0x6c7967656e657261L;
        long v3 = 0x7465646279746573L;
        int len = in.length;
        int off = 0;
        int rounds = compressionRounds + finalRounds; // both loops below share one round body
        while (len - off >= 8) {
            long mi = 0;
            for (int k = 7; k >= 0; k--) {
                mi = (mi << 8) | (in[off + k] & 0xFFL);
            }
            off += 8;
            v3 ^= mi;
            for (int r = 0; r < compressionRounds; r++) {
                v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
                v0 = Long.rotateLeft(v0, 32); v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2;
                v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            }
            v0 ^= mi;
        }
        long t = 0;
        for (int k = len - off - 1; k >= 0; k--) {
            t = (t << 8) | (in[off + k] & 0xFFL);
        }
        long b = ((long) len << 56) | t;
        v3 ^= b;
        for (int r = 0; r < rounds; r++) {
            if (r == compressionRounds) {
                v2 ^= 0xff;
            }
            v0 += v1; v2 += v3; v1 = Long.rotateLeft(v1, 13) ^ v0; v3 = Long.rotateLeft(v3, 16) ^ v2;
            v0 = Long.rotateLeft(v0, 32); v2 += v1; v0 += v3; v1 = Long.rotateLeft(v1, 17) ^ v2;
            v3 = Long.rotateLeft(v3, 21) ^ v0; v2 = Long.rotateLeft(v2, 32);
            if (r == compressionRounds - 1) {
                v0 ^= b;
            }
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    /** long_hash */
    public static long integer(BigInteger v) {
        return org.heapsim.heap.Hashing.intHash(v);
    }

    /** _Py_HashDouble for finite values and infinities (NaN hashes by identity from 3.10; 0 before). */
    public static long floating(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? INF : -INF;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        int e = Math.getExponent(v);
        double m;
        if (v == 0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            double scaled = v * 0x1p54;
            e = Math.getExponent(scaled) - 54;
        }
        e += 1;
        m = Math.scalb(v, -e);
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) {
                x -= MODULUS;
            }
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    /** tuplehash over the items' hashes. */
    public static long tuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += itemHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }
}
