package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * Methods of the built-in types ({@code list.append}, {@code dict.get}, {@code str.join}...):
 * method descriptors on the type, bound to an instance on attribute access (a
 * {@code builtin_function_or_method} holding {@code __self__}), called without binding
 * through LOAD_METHOD. Also the per-run small-int cache and NotImplemented.
 */
final class BuiltinMethods {
    /** A method's behaviour: self, the positional arguments, the keyword names of the last ones. Returns a new reference or null for None. */
    @FunctionalInterface
    interface Impl {
        PyObject call(PyRuntime rt, PyObject self, PyObject[] args, String[] kwNames);
    }

    /** A method descriptor of a built-in type. */
    record Descriptor(StaticType owner, String name, Impl impl) {
    }

    /** The payload of a bound built-in method. */
    record Bound(Descriptor descriptor) {
    }

    static final StaticType METHOD_DESCRIPTOR = Types.define("method_descriptor", Types.OBJECT, true, false, false);
    static final StaticType NOT_IMPLEMENTED_TYPE = Types.define("NotImplementedType", Types.OBJECT, false, false, false);

    private final PyRuntime rt;
    private final Heap heap;
    private final Root root;
    private final Map<StaticType, Map<String, PyObject>> tables = new HashMap<>();
    private final AtomObject[] smallInts = new AtomObject[262];
    private final PyObject notImplemented;

    BuiltinMethods(PyRuntime rt) {
        this.rt = rt;
        this.heap = rt.heap;
        this.root = heap.newRoot("built-in types' methods");
        this.notImplemented = hold(heap.newGeneric(NOT_IMPLEMENTED_TYPE, new GenericObject.Shape(new String[0], false, false, false), "NotImplemented", null));
        BuiltinTypeMethods.install(this);
        WeakrefNatives.installTypeMethods(this, heap.weakTypes().ref());
        ObjectModel.installTypeMethods(this);
    }

    PyRuntime rt() {
        return rt;
    }

    /** Puts a descriptor object (a new reference, taken over) into owner's table under name. */
    void register(StaticType owner, String name, PyObject descr) {
        tables.computeIfAbsent(owner, k -> new HashMap<>()).put(name, hold(descr));
    }

    private PyObject hold(PyObject o) {
        heap.hold(root, o);
        heap.decref(o);
        return o;
    }

    void define(StaticType owner, String name, Impl impl) {
        heap.typeModified(); // lookups cached on classes may walk into this type
        GenericObject d = heap.newGeneric(METHOD_DESCRIPTOR, new GenericObject.Shape(new String[0], false, false, false), name,
                new Descriptor(owner, name, impl));
        tables.computeIfAbsent(owner, k -> new HashMap<>()).put(name, hold(d));
    }

    /** The method descriptor named name on exactly this type (borrowed), or null. */
    PyObject lookup(StaticType type, String name) {
        Map<String, PyObject> t = tables.get(type);
        return t == null ? null : t.get(name);
    }

    /** descriptor.__get__(self): a bound built-in method (new reference). */
    PyObject bind(Descriptor d, PyObject self) {
        GenericObject m = heap.newGeneric(Types.BUILTIN_FUNCTION, GenericObject.Shape.BUILTIN_FUNCTION, d.name(), new Bound(d));
        heap.setField(m, 0, self);
        return m;
    }

    PyObject notImplemented() {
        return notImplemented;
    }

    /** An int object; -5..256 come from the cache and are shared, as in CPython. */
    PyObject newInt(BigInteger v) {
        if (v.bitLength() < 10) {
            int i = v.intValue();
            if (i >= -5 && i <= 256) {
                AtomObject a = smallInts[i + 5];
                if (a == null) {
                    a = heap.newInt(v);
                    heap.hold(root, a);
                    heap.decref(a);
                    smallInts[i + 5] = a;
                }
                heap.incref(a);
                return a;
            }
        }
        return heap.newInt(v);
    }

    PyObject newInt(long v) {
        if (v >= -5 && v <= 256) {
            AtomObject a = smallInts[(int) v + 5];
            if (a != null) {
                heap.incref(a);
                return a;
            }
        }
        return newInt(BigInteger.valueOf(v));
    }

    // ------------------------------------------------------------------ argument helpers for the methods

    static void arity(PyRuntime rt, String name, PyObject[] args, int min, int max) {
        if (args.length < min || args.length > max) {
            if (min == max) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes exactly " + (min == 1 ? "one argument" : min + " arguments")
                        + " (" + args.length + " given)");
            }
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + " expected " + (args.length < min ? "at least " + min : "at most " + max)
                    + " argument" + ((args.length < min ? min : max) == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    static long intArg(PyRuntime rt, PyObject o) {
        BigInteger i = Vm.intValue(o);
        if (i == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
        }
        return i.longValue();
    }

    static String strArg(PyRuntime rt, PyObject o, String what) {
        if (o instanceof AtomObject a && a.isStr()) {
            return a.asString();
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, what + " must be str, not " + Ops.typeName(o));
    }

    List<PyObject> items(ListObject l) {
        List<PyObject> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            out.add(l.get(i));
        }
        return out;
    }

    boolean isSet(PyObject o) {
        return o instanceof SetObject;
    }

    boolean isDict(PyObject o) {
        return o instanceof DictObject;
    }
}
