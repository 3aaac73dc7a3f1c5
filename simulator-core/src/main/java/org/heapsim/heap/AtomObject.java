package org.heapsim.heap;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * An object that holds no references and is never tracked by the collector: int, bool, float,
 * str, bytes, None. Its value is immutable.
 */
public final class AtomObject extends PyObject {
    private final Object value;
    /** The key hash, once computed ({@code ob_shash} for str); 0 when not computed yet. */
    private long hash;

    AtomObject(StaticType type, Object value) {
        super(type);
        this.value = value;
    }

    /** BigInteger for int, Boolean for bool, Double for float, String for str, byte[] for bytes, null for None. */
    public Object value() {
        return value;
    }

    public boolean isStr() {
        return value instanceof String && type() == Types.STR;
    }

    public String asString() {
        return (String) value;
    }

    public BigInteger asInt() {
        return (BigInteger) value;
    }

    /**
     * The hash cached by {@link #cacheHash}, or 0 when none is (the value is immutable and a heap
     * hashes with one version's functions, so a computed hash never changes; a real hash of 0 is
     * merely computed again).
     */
    public long cachedHash() {
        return hash;
    }

    public void cacheHash(long h) {
        hash = h;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
    }

    @Override
    protected void releaseReferences(Heap heap) {
    }

    /** Value equality for the atoms (what dict and set lookups need without Python code). */
    public boolean sameValue(AtomObject other) {
        if (value instanceof byte[] a && other.value instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        if (value == null || other.value == null) {
            return value == other.value;
        }
        if (value instanceof String != other.value instanceof String) {
            return false;
        }
        return value.equals(other.value) || numericEquals(other);
    }

    private boolean numericEquals(AtomObject other) {
        Double a = asDouble(value);
        Double b = asDouble(other.value);
        return a != null && a.equals(b) && !(value instanceof String);
    }

    private static Double asDouble(Object v) {
        if (v instanceof BigInteger i) {
            return i.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        if (v instanceof Double d) {
            return d;
        }
        return null;
    }

    @Override
    public String label() {
        if (value instanceof String s) {
            return "'" + s + "'";
        }
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof byte[] b) {
            return "bytes(" + b.length + ")";
        }
        return String.valueOf(value);
    }
}
