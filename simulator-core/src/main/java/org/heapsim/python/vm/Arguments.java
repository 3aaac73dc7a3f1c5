package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * Binding call arguments to a frame's parameters ({@code Python/ceval.c initialize_locals}):
 * positional ones in order, the surplus into {@code *args}, keywords by name or into
 * {@code **kwargs}, then defaults; with CPython's TypeError messages. The argument references
 * are owned and move into the frame's localsplus slots.
 */
final class Arguments {
    private Arguments() {
    }

    static String[] names(TupleObject t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((AtomObject) t.get(i)).asString();
        }
        return out;
    }

    /** The name CPython uses in argument errors: the qualified name from 3.10. */
    private static String fname(PyRuntime rt, Code code) {
        return org.heapsim.version.Message.FUNCTION_IN_ARGUMENT_ERRORS.format(rt.policy.minor(), code.name, code.qualname);
    }

    static void bind(PyRuntime rt, FunctionObject f, Code code, FrameObject fo, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        int nparams = code.argCount;
        boolean varargs = (code.flags & Code.VARARGS) != 0;
        boolean varkw = (code.flags & Code.VARKEYWORDS) != 0;
        int kwOnlyStart = nparams;
        int varargsSlot = nparams + code.kwOnlyArgCount;
        int varkwSlot = varargsSlot + (varargs ? 1 : 0);
        boolean ok = false;
        try {
            int bound = Math.min(npos, nparams);
            for (int i = 0; i < bound; i++) {
                fo.putLocalOwned(i, args[i]);
                args[i] = null;
            }
            if (varargs) {
                PyObject[] rest = new PyObject[Math.max(0, npos - nparams)];
                for (int i = nparams; i < npos; i++) {
                    rest[i - nparams] = args[i];
                    args[i] = null;
                }
                fo.putLocalOwned(varargsSlot, heap.newTupleOwned(rest));
            }
            DictObject kwargs = null;
            if (varkw) {
                kwargs = heap.newDict();
                fo.putLocalOwned(varkwSlot, kwargs);
            }
            for (int k = 0; k < nkw; k++) {
                String name = kwNames[k];
                PyObject value = args[npos + k];
                int slot = -1;
                for (int p = code.posOnlyArgCount; p < nparams + code.kwOnlyArgCount; p++) {
                    if (code.localsplus[p].equals(name)) {
                        slot = p;
                        break;
                    }
                }
                if (slot < 0) {
                    if (kwargs == null) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, fname(rt, code) + " got an unexpected keyword argument '" + name + "'");
                    }
                    heap.setItemStr(kwargs, name, value);
                    heap.decref(value);
                    args[npos + k] = null;
                    continue;
                }
                if (fo.local(slot) != null) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, fname(rt, code) + " got multiple values for argument '" + name + "'");
                }
                fo.putLocalOwned(slot, value);
                args[npos + k] = null;
            }
            if (npos > nparams && !varargs) {
                throw tooManyPositional(rt, f, code, fo, npos);
            }
            fillDefaults(rt, f, code, fo, kwOnlyStart);
            ok = true;
        } finally {
            if (!ok) {
                for (PyObject a : args) {
                    if (a != null) {
                        heap.decref(a);
                    }
                }
            }
        }
    }

    /** too_many_positional (checked after the keywords are bound, as initialize_locals does). */
    private static PyException tooManyPositional(PyRuntime rt, FunctionObject f, Code code, FrameObject fo, int given) {
        int nparams = code.argCount;
        int kwonlyGiven = 0;
        for (int i = nparams; i < nparams + code.kwOnlyArgCount; i++) {
            if (fo.local(i) != null) {
                kwonlyGiven++;
            }
        }
        TupleObject defaults = f.defaults();
        int ndef = defaults == null ? 0 : defaults.size();
        String sig = ndef > 0 ? "from " + (nparams - ndef) + " to " + nparams : String.valueOf(nparams);
        boolean plural = ndef > 0 || nparams != 1;
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and " + kwonlyGiven
                + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return rt.raise(ExceptionTypes.TYPE_ERROR, fname(rt, code) + " takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private static void fillDefaults(PyRuntime rt, FunctionObject f, Code code, FrameObject fo, int kwOnlyStart) {
        Heap heap = rt.heap;
        int nparams = code.argCount;
        TupleObject defaults = f.defaults();
        int ndef = defaults == null ? 0 : defaults.size();
        List<String> missing = List.of();
        for (int i = 0; i < nparams; i++) {
            if (fo.local(i) == null) {
                int d = i - (nparams - ndef);
                if (d >= 0) {
                    heap.incref(defaults.get(d));
                    fo.putLocalOwned(i, defaults.get(d));
                } else {
                    if (missing.isEmpty()) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.localsplus[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, fname(rt, code) + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + joinNames(missing));
        }
        List<String> missingKw = new ArrayList<>(0);
        for (int i = kwOnlyStart; i < kwOnlyStart + code.kwOnlyArgCount; i++) {
            if (fo.local(i) == null) {
                PyObject dv = f.kwdefaults() == null ? null : heap.getItemStr(f.kwdefaults(), code.localsplus[i]);
                if (dv != null) {
                    heap.incref(dv);
                    fo.putLocalOwned(i, dv);
                } else {
                    missingKw.add(code.localsplus[i]);
                }
            }
        }
        if (!missingKw.isEmpty()) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, fname(rt, code) + " missing " + missingKw.size() + " required keyword-only argument"
                    + (missingKw.size() == 1 ? "" : "s") + ": " + joinNames(missingKw));
        }
    }

    /** 'a', 'b' and 'c' */
    private static String joinNames(List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(i == names.size() - 1 ? (names.size() > 2 ? ", and " : " and ") : ", ");
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return sb.toString();
    }
}
