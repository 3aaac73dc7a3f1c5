package org.heapsim.heap;

/**
 * Hashing and equality of dict keys and set elements. The engine's default compares atoms by
 * value and everything else by identity; the Python front end installs one that calls
 * {@code __hash__} and {@code __eq__}.
 */
public interface KeyOps {
    long hash(PyObject key);

    boolean equal(PyObject stored, PyObject probe);

    KeyOps IDENTITY_AND_ATOMS = new KeyOps() {
        @Override
        public long hash(PyObject key) {
            if (key instanceof AtomObject a) {
                return Hashing.atomHash(a);
            }
            return key.serial() * 0x9E3779B97F4A7C15L >>> 4;
        }

        @Override
        public boolean equal(PyObject stored, PyObject probe) {
            if (stored == probe) {
                return true;
            }
            return stored instanceof AtomObject a && probe instanceof AtomObject b && a.sameValue(b);
        }
    };
}
