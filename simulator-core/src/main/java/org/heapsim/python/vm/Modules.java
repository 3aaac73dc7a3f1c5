package org.heapsim.python.vm;

import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.python.runtime.ExceptionTypes;

/** The modules a program may import: gc, sys and weakref, each created on first import and kept by sys.modules. */
final class Modules {
    private Modules() {
    }

    static PyObject importModule(PyRuntime rt, String name) {
        Heap heap = rt.heap;
        PyObject existing = rt.modules.get(name);
        if (existing != null) {
            heap.incref(existing);
            return existing;
        }
        GenericObject m = switch (name) {
            case "gc" -> GcModule.create(rt);
            case "sys" -> SysModule.create(rt);
            case "weakref" -> WeakrefModule.create(rt);
            default -> throw new org.heapsim.heap.Unsupported("import " + name + " (only weakref, gc and sys can be imported)");
        };
        if (rt.modulesRoot == null) {
            rt.modulesRoot = heap.newRoot("sys.modules");
        }
        heap.hold(rt.modulesRoot, m);
        rt.modules.put(name, m);
        return m;
    }

    /** A module object with the given natives in its dict. */
    static GenericObject module(PyRuntime rt, String name) {
        GenericObject m = rt.heap.newModule(name);
        rt.heap.setItemStr((DictObject) m.field(0), "__name__", rt.heap.intern(name));
        return m;
    }

    static void def(PyRuntime rt, GenericObject module, String name, org.heapsim.heap.NativeFunction fn) {
        PyObject f = rt.heap.newNative(name, fn);
        rt.heap.setItemStr((DictObject) module.field(0), name, f);
        rt.heap.decref(f);
    }

    static PyException typeError(PyRuntime rt, String message) {
        return rt.raise(ExceptionTypes.TYPE_ERROR, message);
    }

    static Root unused() {
        return null;
    }
}
