package org.heapsim.python.vm;

import org.heapsim.heap.PyObject;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.weak.WeakRefObject;

/**
 * weakref.proxy ({@code Objects/weakrefobject.c}, the proxy_* slots): every operation on a proxy
 * is the operation on its referent, which it reaches through UNWRAP; a proxy whose referent has
 * died raises ReferenceError instead.
 */
final class Proxies {
    private Proxies() {
    }

    /** The referent for a proxy (borrowed), the object itself otherwise. */
    static PyObject unwrap(PyRuntime rt, PyObject o) {
        if (o instanceof WeakRefObject w && w.isProxy()) {
            PyObject referent = w.referent();
            if (referent == null) {
                throw rt.raise(ExceptionTypes.REFERENCE_ERROR, "weakly-referenced object no longer exists");
            }
            return referent;
        }
        return o;
    }
}
