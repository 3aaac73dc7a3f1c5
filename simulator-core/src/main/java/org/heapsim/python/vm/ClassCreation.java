package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Types;

/**
 * The steps of {@code type_new} ({@code Objects/typeobject.c}) after the class object exists:
 * the implicit {@code staticmethod}/{@code classmethod} wrappers of {@code __new__},
 * {@code __init_subclass__} and {@code __class_getitem__}, {@code __set_name__} on the
 * attributes (type_new_set_names), and {@code __init_subclass__} of the parent
 * (type_new_init_subclass), with the temporary objects CPython allocates for them.
 */
final class ClassCreation {
    private ClassCreation() {
    }

    /** type_new_staticmethod / type_new_classmethod: a plain function under these names is wrapped (PyStaticMethod_New, PyClassMethod_New). */
    static void wrapSpecialMethods(PyRuntime rt, ClassObject cls) {
        wrap(rt, cls, "__new__", Descriptors.STATICMETHOD);
        wrap(rt, cls, "__init_subclass__", Descriptors.CLASSMETHOD);
        wrap(rt, cls, "__class_getitem__", Descriptors.CLASSMETHOD);
    }

    private static void wrap(PyRuntime rt, ClassObject cls, String name, org.heapsim.heap.StaticType kind) {
        Heap heap = rt.heap;
        PyObject f = heap.getItemStr(cls.dict(), name);
        if (!(f instanceof FunctionObject)) {
            return;
        }
        GenericObject w = heap.newGeneric(kind, Descriptors.WRAPPER, null, null);
        heap.setField(w, 0, f);
        heap.setItemStr(cls.dict(), name, w);
        heap.decref(w);
    }

    /**
     * type_new_set_names: over a copy of the class dict, {@code value.__set_name__(cls, name)}
     * for each value whose type has it. (CPython's copy, PyDict_Copy, comes from the dict free
     * list and so does not move the gc count; here the entries are held while the calls run.)
     */
    static void setNames(PyRuntime rt, ClassObject cls) {
        Heap heap = rt.heap;
        List<PyObject[]> items = new ArrayList<>();
        DictObject d = cls.dict();
        for (int i = 0; i < d.entrySlots(); i++) {
            if (d.keyAt(i) != null) {
                heap.incref(d.keyAt(i));
                heap.incref(d.valueAt(i));
                items.add(new PyObject[] {d.keyAt(i), d.valueAt(i)});
            }
        }
        try {
            for (PyObject[] kv : items) {
                PyObject value = kv[1];
                PyObject descr = Ops.typeLookup(rt, value.type(), "__set_name__");
                if (descr == null) {
                    continue;
                }
                PyObject bound = Ops.descriptorGet(rt, descr, value, value.type()); // _PyObject_LookupSpecial
                try {
                    heap.decref(rt.vm.call(bound, new PyObject[] {cls, kv[0]}));
                } finally {
                    heap.decref(bound);
                }
            }
        } finally {
            for (PyObject[] kv : items) {
                heap.decref(kv[0]);
                heap.decref(kv[1]);
            }
        }
    }

    /**
     * type_new_init_subclass: {@code super(cls, cls).__init_subclass__()}: a super object and
     * the bound method it gives are allocated; the super object is released before the call,
     * the method after it. object's {@code __init_subclass__} does nothing.
     */
    static void initSubclass(PyRuntime rt, ClassObject cls) {
        Heap heap = rt.heap;
        PyObject su = Super.construct(rt, new PyObject[] {cls, cls}, null);
        PyObject found = Super.lookup(rt, cls, cls, "__init_subclass__");
        PyObject func;
        if (found != null) {
            func = Ops.descriptorGet(rt, found, null, cls);
        } else {
            // object.__init_subclass__, a class method of object: a builtin method bound to cls
            func = heap.newGeneric(Types.BUILTIN_FUNCTION, GenericObject.Shape.BUILTIN_FUNCTION, "__init_subclass__",
                    (org.heapsim.heap.NativeFunction) (h, a) -> null);
            heap.setField((GenericObject) func, 0, cls);
        }
        heap.decref(su);
        try {
            heap.decref(rt.vm.call(func, new PyObject[0]));
        } finally {
            heap.decref(func);
        }
    }
}
