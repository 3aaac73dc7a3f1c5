package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.CellObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/** Class creation ({@code __build_class__}, {@code type_new}), instantiation ({@code type_call}) and exception matching. */
final class Classes {
    private Classes() {
    }

    /** The builtins' {@code __build_class__} (a built-in function object). */
    static PyObject buildClassFunction(PyRuntime rt) {
        PyObject f = rt.heap.getItemStr(rt.builtins, "__build_class__");
        rt.heap.incref(f);
        return f;
    }

    /** __build_class__(body, name, *bases): runs the body in a fresh namespace, then type_new. */
    static PyObject buildClass(PyRuntime rt, PyObject[] args) {
        Heap heap = rt.heap;
        FunctionObject body = (FunctionObject) args[0];
        String name = ((AtomObject) args[1]).asString();
        List<PyType> bases = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (!(args[i] instanceof PyType t)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "bases must be types");
            }
            bases.add(t);
        }
        // builtin___build_class__: the bases tuple (when there are bases) before the namespace and the body
        TupleObject origBases = args.length > 2 ? heap.newTuple(java.util.Arrays.asList(args).subList(2, args.length)) : null;
        DictObject ns = heap.newDict();
        try {
            PyObject cell = rt.vm.runClassBody(body, ns);
            List<String> slots = slotsOf(rt, ns, name);
            boolean hasDel = heap.getItemStr(ns, "__del__") != null;
            if (heap.getItemStr(ns, "__eq__") != null && heap.getItemStr(ns, "__hash__") == null) {
                heap.setItemStr(ns, "__hash__", heap.none());
            }
            ClassObject cls;
            // the metaclass is called with (name, bases, namespace) in a tuple (_PyObject_MakeTpCall)
            PyObject margs = heap.newTuple(List.of(args[1], heap.emptyTuple(), ns));
            try {
                cls = heap.newClass(name, bases, slots, hasDel, ns, origBases);
            } catch (IllegalArgumentException e) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, e.getMessage());
            } finally {
                heap.decref(margs);
            }
            PyObject qualname = heap.getItemStr(ns, "__qualname__");
            if (qualname instanceof AtomObject q && q.isStr()) {
                cls.setQualname(q.asString());
            }
            ClassCreation.wrapSpecialMethods(rt, cls);
            if (cell instanceof CellObject c) {
                heap.cellSet(c, cls);
            }
            heap.decref(cell);
            try {
                ClassCreation.setNames(rt, cls);
                ClassCreation.initSubclass(rt, cls);
            } catch (PyException e) {
                heap.decref(cls);
                throw e;
            }
            return cls;
        } finally {
            heap.decref(ns);
            if (origBases != null) {
                heap.decref(origBases);
            }
        }
    }

    /** __slots__ from the namespace, mangled (__x in class K is _K__x); null when absent. */
    private static List<String> slotsOf(PyRuntime rt, DictObject ns, String className) {
        PyObject s = rt.heap.getItemStr(ns, "__slots__");
        if (s == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<PyObject> items = s instanceof AtomObject a && a.isStr() ? List.of(s) : Iteration.toList(rt, s);
        for (PyObject o : items) {
            String n = ((AtomObject) o).asString();
            String stripped = className.replaceFirst("^_+", "");
            out.add(n.startsWith("__") && !n.endsWith("__") && !stripped.isEmpty() ? "_" + stripped + n : n);
            if (items != List.of(s)) {
                rt.heap.decref(o);
            }
        }
        return out;
    }

    /**
     * type_call: {@code __new__} (the class's own, called as cls.__new__(cls, *args); else the
     * built-in base's: object's, or weakref's, which takes the arguments), then
     * {@code __init__} if the result is an instance of the class.
     */
    static PyObject instantiate(PyRuntime rt, ClassObject cls, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        PyObject userNew = Ops.typeLookupUser(rt, cls, "__new__");
        PyObject self;
        if (userNew != null) {
            if (Descriptors.isStaticMethod(userNew)) {
                userNew = Descriptors.callable(userNew);
            }
            PyObject[] withCls = new PyObject[args.length + 1];
            withCls[0] = cls;
            System.arraycopy(args, 0, withCls, 1, args.length);
            self = rt.vm.call(userNew, withCls, kwNames);
            if (!self.type().isSubtypeOf(cls)) {
                return self;
            }
        } else if (cls.builtinBase() == heap.weakTypes().ref()) {
            self = WeakrefNatives.newRef(rt, cls, args);
        } else {
            self = heap.newInstance(cls);
            if (self instanceof ExceptionObject e) {
                // BaseException_new: args is the call's tuple of positional arguments
                int npos = args.length - (kwNames == null ? 0 : kwNames.length);
                TupleObject t = heap.newTuple(List.of(args).subList(0, npos));
                heap.setExceptionField(e, "args", t);
                heap.decref(t);
            }
        }
        PyObject init = Ops.typeLookupUser(rt, cls, "__init__");
        try {
            if (init != null) {
                PyObject[] withSelf = new PyObject[args.length + 1];
                withSelf[0] = self;
                System.arraycopy(args, 0, withSelf, 1, args.length);
                PyObject r;
                if (init instanceof FunctionObject fn && fn.code() instanceof Code) {
                    // Vm.call's path for a Python function, without copying the array again
                    for (PyObject a : withSelf) {
                        heap.incref(a);
                    }
                    r = rt.vm.callFunction(fn, withSelf, kwNames);
                } else {
                    r = rt.vm.call(init, withSelf, kwNames);
                }
                if (r != heap.none()) {
                    String t = Ops.typeName(r);
                    heap.decref(r);
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "__init__() should return None, not '" + t + "'");
                }
            } else if (args.length > 0) {
                initBuiltinBase(rt, self, args, kwNames, cls);
            }
        } catch (PyException e) {
            heap.decref(self);
            throw e;
        }
        return self;
    }

    private static void initBuiltinBase(PyRuntime rt, PyObject self, PyObject[] args, String[] kwNames, ClassObject cls) {
        PyType base = cls.builtinBase();
        int nkw = kwNames == null ? 0 : kwNames.length;
        if (self instanceof org.heapsim.weak.WeakRefObject) {
            return; // weakref___init__ accepts what __new__ accepted
        }
        if (self instanceof ListObject l && args.length == 1) {
            Iteration.extend(rt, l, args[0]);
        } else if (self instanceof ExceptionObject) {
            if (nkw > 0) { // BaseException_init
                throw rt.raise(ExceptionTypes.TYPE_ERROR, cls.name() + "() takes no keyword arguments");
            }
        } else if (self instanceof org.heapsim.heap.SetObject s && args.length == 1 && nkw == 0) {
            SetMethods.update(rt, s, args[0]); // set_init: set_update_internal
        } else if (self instanceof DictObject d) {
            DictMethods.update(rt, d, args, kwNames);
        } else if (base == Types.OBJECT) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, cls.name() + "() takes no arguments");
        } else {
            throw new org.heapsim.heap.Unsupported("constructing a subclass of " + base.name() + " with arguments");
        }
    }

    /** `raise X`: an exception instance, instantiating a class (taking over the reference to exc). */
    static ExceptionObject makeException(PyRuntime rt, PyObject exc) {
        Heap heap = rt.heap;
        if (exc instanceof ExceptionObject e) {
            return e;
        }
        if (exc instanceof PyType t && t.isSubtypeOf(Types.BASE_EXCEPTION)) {
            PyObject instance = rt.vm.call(t, new PyObject[0]);
            heap.decref(exc);
            if (instance instanceof ExceptionObject e) {
                return e;
            }
            heap.decref(instance);
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "calling " + t.name() + " should have returned an instance of BaseException");
        }
        heap.decref(exc);
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "exceptions must derive from BaseException");
    }

    static boolean exceptionMatches(PyRuntime rt, PyObject exc, PyObject type) {
        if (type instanceof TupleObject t) {
            for (int i = 0; i < t.size(); i++) {
                if (exceptionMatches(rt, exc, t.get(i))) {
                    return true;
                }
            }
            return false;
        }
        if (!(type instanceof PyType pt) || !pt.isSubtypeOf(Types.BASE_EXCEPTION)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "catching classes that do not inherit from BaseException is not allowed");
        }
        return exc.type().isSubtypeOf(pt);
    }
}
