package org.heapsim.heap;

/**
 * What the engine needs from whoever runs code: the Python front end, or a trace replayer
 * whose callables are scripted. The engine calls these where CPython calls into Python code
 * from C: finalizers, weakref callbacks, gc callbacks.
 */
public interface Host {
    /**
     * Calls {@code callable(*args)} where CPython cannot propagate an exception: an error is
     * reported as {@code PyErr_WriteUnraisable(reportAs)} does ("Exception ignored in: ...").
     */
    void callUnraisable(PyObject callable, PyObject[] args, PyObject reportAs);

    /** tp_finalize of an instance ({@code slot_tp_finalize}: calls {@code __del__}); errors are unraisable. */
    void finalize(PyObject self);

    /** A host for engine tests: no code runs. */
    Host NONE = new Host() {
        @Override
        public void callUnraisable(PyObject callable, PyObject[] args, PyObject reportAs) {
        }

        @Override
        public void finalize(PyObject self) {
        }
    };
}
