package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.weak.NotWeakReferenceable;
import org.heapsim.weak.WeakRefObject;
import org.heapsim.weak.WeakRefs;

/**
 * The weakref module's C-level part (ref, proxy, getweakrefcount, getweakrefs) and finalize
 * over the engine's registry. The pure-Python containers (WeakValueDictionary...) come from
 * heapsim's own weakref source, run by the VM.
 */
final class WeakrefModule {
    private WeakrefModule() {
    }

    static GenericObject create(PyRuntime rt) {
        GenericObject m = Modules.module(rt, "weakref");
        DictObject d = (DictObject) m.field(0);
        rt.heap.setItemStr(d, "ref", rt.heap.weakTypes().ref());
        rt.heap.setItemStr(d, "ReferenceType", rt.heap.weakTypes().ref());
        Modules.def(rt, m, "proxy", (h, a) -> {
            try {
                return WeakRefs.newProxy(rt.heap, a[0], a.length > 1 && a[1] != rt.heap.none() ? a[1] : null,
                        a[0] instanceof FunctionObject);
            } catch (NotWeakReferenceable e) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, e.getMessage());
            }
        });
        Modules.def(rt, m, "getweakrefcount", (h, a) -> rt.vm.builtinMethods.newInt(WeakRefs.count(a[0])));
        Modules.def(rt, m, "getweakrefs", (h, a) -> rt.heap.newList(List.<PyObject>copyOf(WeakRefs.list(a[0]))));
        Modules.def(rt, m, "finalize", (h, a) -> {
            if (a.length < 2) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "finalize expected at least 2 positional arguments, got " + a.length);
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(a, 2, a.length);
            TupleObject args = rt.heap.newTuple(List.of(rest));
            try {
                return rt.heap.finalizers().register(a[0], a[1], args, null);
            } catch (NotWeakReferenceable e) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, e.getMessage());
            } finally {
                rt.heap.decref(args);
            }
        });
        return m;
    }

    /** Calling weakref.ref(obj[, callback]) (the type is called as a constructor). */
    static PyObject newRef(PyRuntime rt, PyObject[] a) {
        if (a.length == 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "__new__ expected at least 1 argument, got 0");
        }
        if (a.length > 2) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "__new__ expected at most 2 arguments, got " + a.length);
        }
        try {
            WeakRefObject r = WeakRefs.newRef(rt.heap, a[0], a.length > 1 && a[1] != rt.heap.none() ? a[1] : null,
                    rt.heap.weakTypes().ref());
            return r;
        } catch (NotWeakReferenceable e) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, e.getMessage());
        }
    }
}
