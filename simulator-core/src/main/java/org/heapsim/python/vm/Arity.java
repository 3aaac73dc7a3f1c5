package org.heapsim.python.vm;

import org.heapsim.heap.PyObject;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.Message;

/**
 * The argument-count errors of built-in methods, in the three styles CPython has
 * ({@code Objects/methodobject.c} for METH_NOARGS and METH_O, {@code _PyArg_CheckPositional}
 * for Argument Clinic, {@code PyArg_ParseTuple} for the older ones); 3.9+ name METH_NOARGS
 * and METH_O methods with their type ({@code list.append}).
 */
final class Arity {
    private Arity() {
    }

    /** METH_NOARGS: "list.clear() takes no arguments (1 given)" (3.8: "clear() ..."). */
    static void none(PyRuntime rt, String type, String name, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, qualified(rt, type, name) + "() takes no keyword arguments");
        }
        if (args.length != 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, qualified(rt, type, name) + "() takes no arguments (" + args.length + " given)");
        }
    }

    /** METH_O: "list.append() takes exactly one argument (0 given)". */
    static void one(PyRuntime rt, String type, String name, PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, qualified(rt, type, name) + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, qualified(rt, type, name) + "() takes exactly one argument (" + args.length + " given)");
        }
    }

    static String qualified(PyRuntime rt, String type, String name) {
        return Message.METHOD_NAME.format(rt.policy.minor(), type, name);
    }

    /** A METH_O built-in function: "len() takes exactly one argument (2 given)", no keywords. */
    static void function(PyRuntime rt, String name, PyObject[] args) {
        String[] kw = rt.vm.lastKwNames;
        if (kw != null && kw.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes exactly one argument (" + args.length + " given)");
        }
    }

    /** An Argument Clinic built-in function with positional arguments only: "getattr expected at least 2 arguments, got 1". */
    static void function(PyRuntime rt, String name, PyObject[] args, int min, int max) {
        clinic(rt, name, args, rt.vm.lastKwNames, min, max);
    }

    /** _PyArg_CheckPositional: "pop expected at most 1 argument, got 2" (positional only). */
    static void clinic(PyRuntime rt, String name, PyObject[] args, String[] kw, int min, int max) {
        int nkw = kw == null ? 0 : kw.length;
        if (nkw > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
        }
        int n = args.length;
        if (n < min || n > max) {
            String what = min == max ? String.valueOf(min) : n < min ? "at least " + min : "at most " + max;
            int shown = min == max ? min : n < min ? min : max;
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + " expected " + what + " argument" + (shown == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** PyArg_ParseTuple: "split() takes at most 2 arguments (3 given)". */
    static void parseTuple(PyRuntime rt, String name, int given, int min, int max) {
        if (given < min || given > max) {
            String what = min == max ? "exactly " + min : given < min ? "at least " + min : "at most " + max;
            int shown = min == max ? min : given < min ? min : max;
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes " + what + " argument" + (shown == 1 ? "" : "s") + " (" + given + " given)");
        }
    }
}
