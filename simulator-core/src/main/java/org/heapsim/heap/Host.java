package org.heapsim.heap;

/**
 * What the engine needs from whoever runs code: the Python front end, or a trace replayer
 * whose callables are scripted. The engine calls these where CPython calls into Python code
 * from C: finalizers, weakref callbacks, gc callbacks, atexit functions.
 */
public interface Host {
    /**
     * Calls a callable the engine does not implement itself (a Python function, a scripted
     * callback) and returns a new reference to its result. A Python exception propagates as
     * {@link PyError}.
     */
    PyObject call(PyObject callable, PyObject[] args);

    /** Reports an exception CPython cannot propagate ({@code PyErr_WriteUnraisable(reportAs)}). */
    void writeUnraisable(PyError error, PyObject reportAs);

    /** tp_finalize of an instance ({@code slot_tp_finalize}: calls {@code __del__}); errors are unraisable. */
    void finalize(PyObject self);

    /** A host for engine tests: no code runs, calls return None. */
    Host NONE = new Host() {
        @Override
        public PyObject call(PyObject callable, PyObject[] args) {
            return null;
        }

        @Override
        public void writeUnraisable(PyError error, PyObject reportAs) {
        }

        @Override
        public void finalize(PyObject self) {
        }
    };
}
