package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.MethodObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * The attributes and methods built-in types give every program: functions' {@code __name__},
 * {@code __qualname__}, {@code __module__}, {@code __doc__}, {@code __dict__},
 * {@code __defaults__}, {@code __closure__}... ({@code Objects/funcobject.c} func_memberlist
 * and func_getsetlist), bound methods' {@code __func__}/{@code __self__}
 * ({@code Objects/classobject.c}), exceptions' {@code args}, {@code __cause__},
 * {@code __context__}, {@code __suppress_context__}, {@code SystemExit.code}
 * ({@code Objects/exceptions.c}), and {@code object.__init__}/{@code object.__new__}
 * ({@code Objects/typeobject.c} object_init, object_new), which {@code super()} reaches.
 */
final class ObjectModel {
    private ObjectModel() {
    }

    static void installTypeMethods(BuiltinMethods m) {
        functionAttributes(m);
        methodAttributes(m);
        exceptionAttributes(m);
        objectMethods(m);
        Descriptors.installTypeMethods(m);
    }

    // ------------------------------------------------------------------ functions

    private static void functionAttributes(BuiltinMethods m) {
        BuiltinAttributes.getset(m, Types.FUNCTION, "__name__", (rt, f) -> rt.heap.newStr(((FunctionObject) f).name()),
                (rt, f, v) -> ((FunctionObject) f).setName(stringValue(rt, v, "__name__")));
        BuiltinAttributes.getset(m, Types.FUNCTION, "__qualname__", (rt, f) -> rt.heap.newStr(((FunctionObject) f).qualname()),
                (rt, f, v) -> ((FunctionObject) f).setQualname(stringValue(rt, v, "__qualname__")));
        // func_doc: the compiler keeps no docstring constant, so a function's __doc__ is None until assigned
        BuiltinAttributes.member(m, Types.FUNCTION, "__doc__", (rt, f) -> incref(rt, orNone(rt, ((FunctionObject) f).doc())),
                (rt, f, v) -> rt.heap.setFunctionDoc((FunctionObject) f, v == null ? rt.heap.none() : v));
        BuiltinAttributes.member(m, Types.FUNCTION, "__module__", (rt, f) -> {
            DictObject g = ((FunctionObject) f).globals();
            PyObject name = g == null ? null : rt.heap.getItemStr(g, "__name__");
            return incref(rt, orNone(rt, name));
        }, null);
        BuiltinAttributes.member(m, Types.FUNCTION, "__globals__", (rt, f) -> incref(rt, orNone(rt, ((FunctionObject) f).globals())), null);
        BuiltinAttributes.member(m, Types.FUNCTION, "__closure__", (rt, f) -> incref(rt, orNone(rt, ((FunctionObject) f).closure())), null);
        BuiltinAttributes.getset(m, Types.FUNCTION, "__defaults__", (rt, f) -> incref(rt, orNone(rt, ((FunctionObject) f).defaults())),
                (rt, f, v) -> {
                    if (v != null && v != rt.heap.none() && !(v instanceof TupleObject)) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, "__defaults__ must be set to a tuple object");
                    }
                    rt.heap.setFunctionDefaults((FunctionObject) f, v instanceof TupleObject t ? t : null);
                });
        BuiltinAttributes.getset(m, Types.FUNCTION, "__kwdefaults__", (rt, f) -> incref(rt, orNone(rt, ((FunctionObject) f).kwdefaults())),
                null);
        BuiltinAttributes.getset(m, Types.FUNCTION, "__dict__", (rt, f) -> incref(rt, rt.heap.attributeDict(f, true)), null);
        BuiltinAttributes.getset(m, Types.FUNCTION, "__annotations__", (rt, f) -> rt.heap.functionAnnotations((FunctionObject) f), null);
        // cell_get_contents (Objects/cellobject.c)
        BuiltinAttributes.getset(m, Types.CELL, "cell_contents", (rt, c) -> {
            PyObject v = ((org.heapsim.heap.CellObject) c).contents();
            if (v == null) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "Cell is empty");
            }
            return incref(rt, v);
        }, null);
    }

    private static String stringValue(PyRuntime rt, PyObject v, String attr) {
        if (v instanceof AtomObject a && a.isStr()) {
            return a.asString();
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, attr + " must be set to a string object");
    }

    // ------------------------------------------------------------------ bound methods

    private static void methodAttributes(BuiltinMethods m) {
        BuiltinAttributes.member(m, Types.METHOD, "__func__", (rt, o) -> incref(rt, ((MethodObject) o).function()), null);
        BuiltinAttributes.member(m, Types.METHOD, "__self__", (rt, o) -> incref(rt, ((MethodObject) o).self()), null);
    }

    /** method_getattro: what the method type does not define is the function's attribute. */
    static PyObject methodFallback(PyRuntime rt, MethodObject m, String name) {
        return Ops.getAttrOrNull(rt, m.function(), name);
    }

    /** method_richcompare (3.8+): equal when the functions are the same and self is the same object. */
    static Boolean methodsEqual(PyObject a, PyObject b) {
        if (a instanceof MethodObject x && b instanceof MethodObject y) {
            return x.function() == y.function() && x.self() == y.self();
        }
        return null;
    }

    // ------------------------------------------------------------------ exceptions

    private static void exceptionAttributes(BuiltinMethods m) {
        org.heapsim.heap.StaticType base = Types.BASE_EXCEPTION;
        BuiltinAttributes.getset(m, base, "args", (rt, e) -> incref(rt, orNone(rt, ((ExceptionObject) e).field(1))), (rt, e, v) -> {
            if (v == null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "args may not be deleted");
            }
            List<PyObject> items = Iteration.toList(rt, v);
            TupleObject t = rt.heap.newTupleOwned(items.toArray(new PyObject[0]));
            rt.heap.setExceptionField((ExceptionObject) e, "args", t);
            rt.heap.decref(t);
        });
        BuiltinAttributes.getset(m, base, "__traceback__", (rt, e) -> incref(rt, orNone(rt, ((ExceptionObject) e).field(3))),
                (rt, e, v) -> {
                    if (v == null) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, "__traceback__ may not be deleted");
                    }
                    if (v != rt.heap.none() && v.type() != Types.TRACEBACK) {
                        throw rt.raise(ExceptionTypes.TYPE_ERROR, "__traceback__ must be a traceback or None");
                    }
                    rt.heap.setExceptionField((ExceptionObject) e, "__traceback__", v == rt.heap.none() ? null : v);
                });
        BuiltinAttributes.getset(m, base, "__context__", (rt, e) -> incref(rt, orNone(rt, ((ExceptionObject) e).field(5))),
                (rt, e, v) -> rt.heap.setExceptionField((ExceptionObject) e, "__context__", exceptionOrNull(rt, v, "context")));
        BuiltinAttributes.getset(m, base, "__cause__", (rt, e) -> incref(rt, orNone(rt, ((ExceptionObject) e).field(4))), (rt, e, v) -> {
            ExceptionObject x = (ExceptionObject) e;
            rt.heap.setExceptionField(x, "__cause__", exceptionOrNull(rt, v, "cause"));
            x.setSuppressContext(true); // PyException_SetCause
        });
        BuiltinAttributes.member(m, base, "__suppress_context__", (rt, e) -> rt.heap.bool(((ExceptionObject) e).suppressContext()),
                (rt, e, v) -> ((ExceptionObject) e).setSuppressContext(v != null && Ops.isTrue(rt, v)));
        BuiltinAttributes.member(m, ExceptionTypes.SYSTEM_EXIT, "code", (rt, e) -> incref(rt, systemExitCode(rt, (ExceptionObject) e)), null);
        m.define(Types.BASE_EXCEPTION, "__init__", (rt, self, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, self.type().name() + "() takes no keyword arguments");
            }
            TupleObject t = rt.heap.newTuple(List.of(a));
            rt.heap.setExceptionField((ExceptionObject) self, "args", t);
            rt.heap.decref(t);
            return null;
        });
    }

    /** The value of __cause__/__context__ assignments: None (null) or an exception instance. */
    private static PyObject exceptionOrNull(PyRuntime rt, PyObject v, String what) {
        if (v == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "__" + what + "__ may not be deleted");
        }
        if (v == rt.heap.none()) {
            return null;
        }
        if (!(v instanceof ExceptionObject)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "exception " + what + " must be None or derive from BaseException");
        }
        return v;
    }

    /** SystemExit_init: code is None without arguments, the argument with one, the args tuple with more (borrowed). */
    static PyObject systemExitCode(PyRuntime rt, ExceptionObject e) {
        PyObject args = e.field(1);
        if (args instanceof TupleObject t && t.size() > 0) {
            return t.size() == 1 ? t.get(0) : t;
        }
        return rt.heap.none();
    }

    // ------------------------------------------------------------------ object

    private static void objectMethods(BuiltinMethods m) {
        m.define(Types.OBJECT, "__init__", (rt, self, a, kw) -> {
            objectInit(rt, self, a.length > 0 || kw != null && kw.length > 0);
            return null;
        });
        PyObject newFn = m.rt().heap.newNative("__new__", (h, a) -> objectNew(m.rt(), a));
        m.register(Types.OBJECT, "__new__", newFn);
    }

    /** object_init: extra arguments are an error unless the type overrides __new__ but not __init__. */
    static void objectInit(PyRuntime rt, PyObject self, boolean excessArgs) {
        if (!excessArgs) {
            return;
        }
        PyType type = self.type();
        if (Ops.typeLookupUser(rt, type, "__init__") != null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)");
        }
        if (Ops.typeLookupUser(rt, type, "__new__") == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, type.name() + "() takes no arguments");
        }
    }

    /** object.__new__(cls, *args) (tp_new_wrapper, object_new). */
    private static PyObject objectNew(PyRuntime rt, PyObject[] a) {
        if (a.length == 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "object.__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType type)) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "object.__new__(X): X is not a type object (" + Ops.typeName(a[0]) + ")");
        }
        String[] kw = rt.vm.lastKwNames;
        boolean excess = a.length > 1 || kw != null && kw.length > 0;
        if (excess) {
            if (Ops.typeLookupUser(rt, type, "__new__") != null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (Ops.typeLookupUser(rt, type, "__init__") == null) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, type.name() + "() takes no arguments");
            }
        }
        if (!(type instanceof ClassObject cls)) {
            return Constructors.construct(rt, type, new PyObject[0], null);
        }
        if (cls.builtinBase() != Types.OBJECT) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "object.__new__(" + cls.name() + ") is not safe, use "
                    + cls.builtinBase().name() + ".__new__()");
        }
        return rt.heap.newInstance(cls);
    }

    // ------------------------------------------------------------------ helpers

    private static PyObject orNone(PyRuntime rt, PyObject o) {
        return o == null ? rt.heap.none() : o;
    }

    private static PyObject incref(PyRuntime rt, PyObject o) {
        if (o != null) {
            rt.heap.incref(o);
        }
        return o;
    }
}
