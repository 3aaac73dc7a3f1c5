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
                cls = heap.newClass(name, bases, slots, hasDel, ns);
            } catch (IllegalArgumentException e) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, e.getMessage());
            } finally {
                heap.decref(margs);
            }
            if (cell instanceof CellObject c) {
                heap.cellSet(c, cls);
            }
            heap.decref(cell);
            return cls;
        } finally {
            heap.decref(ns);
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
            if (userNew instanceof org.heapsim.heap.GenericObject g && g.payload() instanceof Ops.StaticMethod) {
                userNew = g.field(0);
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
        }
        PyObject init = Ops.typeLookupUser(rt, cls, "__init__");
        try {
            if (init != null) {
                PyObject[] withSelf = new PyObject[args.length + 1];
                withSelf[0] = self;
                System.arraycopy(args, 0, withSelf, 1, args.length);
                PyObject r = rt.vm.call(init, withSelf, kwNames);
                if (r != heap.none()) {
                    String t = Ops.typeName(r);
                    heap.decref(r);
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "__init__() should return None, not '" + t + "'");
                }
            } else if (args.length > 0) {
                initBuiltinBase(rt, self, args, cls);
            }
        } catch (PyException e) {
            heap.decref(self);
            throw e;
        }
        return self;
    }

    private static void initBuiltinBase(PyRuntime rt, PyObject self, PyObject[] args, ClassObject cls) {
        PyType base = cls.builtinBase();
        if (self instanceof org.heapsim.weak.WeakRefObject) {
            return; // weakref___init__ accepts what __new__ accepted
        }
        if (self instanceof ListObject l && args.length == 1) {
            Iteration.extend(rt, l, args[0]);
        } else if (self instanceof ExceptionObject e) {
            TupleObject t = rt.heap.newTuple(List.of(args));
            rt.heap.setExceptionField(e, "args", t);
            rt.heap.decref(t);
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
