package org.heapsim.python.vm;

import java.util.Arrays;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.PyObject;

/**
 * The argument tuple (and keyword dict) of a built-in that CPython calls through
 * {@code tp_call} or {@code METH_VARARGS} ({@code _PyObject_MakeTpCall}): allocated before the
 * call runs, released after it, tuple first. Which built-ins do so on which version is
 * {@link org.heapsim.version.VersionPolicy#callBuildsArgsTuple}; vectorcalls allocate nothing.
 */
final class ArgsTuple {
    private static final ArgsTuple NONE = new ArgsTuple(null, null, null);

    private final PyRuntime rt;
    private final PyObject tuple;
    private final PyObject kwargs;

    private ArgsTuple(PyRuntime rt, PyObject tuple, PyObject kwargs) {
        this.rt = rt;
        this.tuple = tuple;
        this.kwargs = kwargs;
    }

    /** Before calling the built-in name with these arguments (the last kwNames.length by keyword). */
    static ArgsTuple enter(PyRuntime rt, String name, PyObject[] args, String[] kwNames) {
        return enter(rt, name, args, kwNames, true);
    }

    /** As enter; without kwDict the keywords stay apart (Argument Clinic's {@code *args}: print). */
    static ArgsTuple enter(PyRuntime rt, String name, PyObject[] args, String[] kwNames, boolean kwDict) {
        if (!rt.policy.callBuildsArgsTuple(name)) {
            return NONE;
        }
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        PyObject t = rt.heap.newTuple(Arrays.asList(args).subList(0, npos));
        DictObject d = null;
        if (nkw > 0 && kwDict) {
            d = rt.heap.newDict();
            for (int i = 0; i < nkw; i++) {
                rt.heap.setItemStr(d, kwNames[i], args[npos + i]);
            }
        }
        return new ArgsTuple(rt, t, d);
    }

    /** After the call, also when it raised. */
    void exit() {
        if (tuple != null) {
            rt.heap.decref(tuple);
        }
        if (kwargs != null) {
            rt.heap.decref(kwargs);
        }
    }
}
