package org.heapsim.python.vm;

import org.heapsim.heap.CellObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * globals(), locals() and vars() ({@code Python/bltinmodule.c}). In a function, locals() fills
 * the frame's own f_locals dict ({@code PyFrame_FastToLocalsWithError}: localsplus order, cell
 * contents, unbound names deleted) and returns it, so the dict keeps the values alive until the
 * frame dies or the next locals() call; 3.13 (PEP 667) returns a new snapshot dict each time.
 */
final class Namespaces {
    private Namespaces() {
    }

    static void install(PyRuntime rt) {
        def(rt, "globals", a -> {
            noArgs(rt, "globals", a);
            DictObject g = rt.vm.current().globals;
            rt.heap.incref(g);
            return g;
        });
        def(rt, "locals", a -> {
            noArgs(rt, "locals", a);
            return locals(rt);
        });
        def(rt, "vars", a -> {
            String[] kw = rt.vm.lastKwNames;
            if (kw != null && kw.length > 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "vars() takes no keyword arguments");
            }
            if (a.length > 1) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "vars expected at most 1 argument, got " + a.length);
            }
            if (a.length == 0) {
                return locals(rt);
            }
            PyObject d = Ops.getAttrOrNull(rt, a[0], "__dict__");
            if (d == null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "vars() argument must have __dict__ attribute");
            }
            return d;
        });
    }

    private interface Fn {
        PyObject call(PyObject[] a);
    }

    private static void def(PyRuntime rt, String name, Fn fn) {
        PyObject f = rt.heap.newNative(name, (h, a) -> fn.call(a));
        rt.heap.setItemStr(rt.builtins, name, f);
        rt.heap.decref(f);
    }

    private static void noArgs(PyRuntime rt, String name, PyObject[] a) {
        if (a.length != 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no arguments (" + a.length + " given)");
        }
    }

    /** builtin_locals_impl: a module or class body's namespace, or a function frame's locals as a dict (a new reference). */
    static PyObject locals(PyRuntime rt) {
        Heap heap = rt.heap;
        Frame f = rt.vm.current();
        if (f.locals != null) {
            heap.incref(f.locals);
            return f.locals;
        }
        FrameObject fo = f.heapFrame;
        DictObject d;
        if (rt.policy.localsReturnsSnapshot()) {
            d = heap.newDict();
        } else {
            d = fo.localsDict();
            if (d == null) {
                d = heap.newDict();
                fo.setLocalsDict(d);
            }
            heap.incref(d);
        }
        fill(rt, f, d);
        return d;
    }

    /** _PyFrame_FastToLocalsWithError: every localsplus name with its value (a cell's contents); unbound names removed. */
    private static void fill(PyRuntime rt, Frame f, DictObject d) {
        Heap heap = rt.heap;
        FrameObject fo = f.heapFrame;
        Code code = f.code;
        for (int i = 0; i < code.localsplus.length; i++) {
            PyObject value = fo.local(i);
            if ((code.kinds[i] & (Code.CELL | Code.FREE)) != 0 && value instanceof CellObject c) {
                value = c.contents();
            }
            String name = code.localsplus[i];
            if (value == null) {
                heap.delItemStr(d, name);
            } else {
                heap.setItemStr(d, name, value);
            }
        }
    }
}
