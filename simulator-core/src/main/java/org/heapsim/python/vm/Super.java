package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.CellObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.Message;

/**
 * {@code super} ({@code Objects/typeobject.c}): a GC-tracked object holding the type it was
 * called for, the object (or class) it is bound to, and that object's type
 * ({@code superobject}: type, obj, obj_type). {@code super()} without arguments reads the
 * calling frame, as {@code super_init_without_args} does: its first local (the cell's content
 * when that local is a cell) and its {@code __class__} free variable.
 */
final class Super {
    private Super() {
    }

    static final StaticType TYPE = Types.define("super", Types.OBJECT, true, false, true);
    /** super_traverse and super_dealloc visit and release obj, type, obj_type in this order. */
    static final GenericObject.Shape SHAPE = new GenericObject.Shape(new String[] {"obj", "type", "obj_type"}, false, false, false);
    private static final int OBJ = 0;
    private static final int THIS = 1;
    private static final int OBJ_TYPE = 2;

    static boolean isSuper(PyObject o) {
        return o != null && o.type() == TYPE;
    }

    /** type_call for super: PyType_GenericAlloc, then super_init (super_vectorcall in 3.12+: the same steps). */
    static PyObject construct(PyRuntime rt, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        GenericObject su = heap.newGeneric(TYPE, SHAPE, null, null);
        try {
            if (kwNames != null && kwNames.length > 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "super() takes no keyword arguments");
            }
            if (args.length > 2) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.SUPER_TOO_MANY_ARGUMENTS.format(rt.policy.minor(), args.length));
            }
            if (args.length > 0 && !(args[0] instanceof PyType)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.SUPER_ARG_1.format(rt.policy.minor(), Ops.typeName(args[0])));
            }
            PyType type;
            PyObject obj;
            if (args.length == 0) {
                PyObject[] found = withoutArgs(rt);
                type = (PyType) found[0];
                obj = found[1];
            } else {
                type = (PyType) args[0];
                obj = args.length > 1 ? args[1] : null;
            }
            init(rt, su, type, obj);
        } catch (PyException e) {
            heap.decref(su);
            throw e;
        }
        return su;
    }

    /** super_init_impl after the arguments are known: obj None counts as absent; supercheck gives obj_type. */
    private static void init(PyRuntime rt, GenericObject su, PyType type, PyObject obj) {
        Heap heap = rt.heap;
        if (obj == heap.none()) {
            obj = null;
        }
        PyType objType = null;
        if (obj != null) {
            objType = superCheck(rt, type, obj);
        }
        heap.setField(su, THIS, type);
        heap.setField(su, OBJ, obj);
        heap.setField(su, OBJ_TYPE, objType);
    }

    /** super_init_without_args: [__class__ of the calling frame, its first argument] (borrowed). */
    private static PyObject[] withoutArgs(PyRuntime rt) {
        Frame f = rt.vm.current();
        if (f == null || f.code.argCount == 0) {
            throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        PyObject first = f.heapFrame.local(0);
        if (first instanceof CellObject c && (f.code.kinds[0] & Code.CELL) != 0) {
            first = c.contents();
        }
        if (first == null) {
            throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        for (int i = 0; i < f.code.localsplus.length; i++) {
            if ((f.code.kinds[i] & Code.FREE) != 0 && f.code.localsplus[i].equals("__class__")) {
                PyObject cell = f.heapFrame.local(i);
                if (!(cell instanceof CellObject c)) {
                    throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "super(): bad __class__ cell");
                }
                PyObject type = c.contents();
                if (type == null) {
                    throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "super(): empty __class__ cell");
                }
                if (!(type instanceof PyType)) {
                    throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ is not a type (" + Ops.typeName(type) + ")");
                }
                return new PyObject[] {type, first};
            }
        }
        throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
    }

    /** supercheck: obj itself when it is a subclass of type (class methods), else its type; a new reference. */
    private static PyType superCheck(PyRuntime rt, PyType type, PyObject obj) {
        if (obj instanceof PyType t && t.isSubtypeOf(type)) {
            return t;
        }
        if (obj.type().isSubtypeOf(type)) {
            return obj.type();
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.SUPER_CHECK.format(rt.policy.minor(),
                obj instanceof PyType ? "type" : "instance of", obj instanceof PyType t ? t.name() : Ops.typeName(obj), type.name()));
    }

    /**
     * super_getattro: name looked up along obj_type's MRO after the super's type, bound as
     * {@code descr.__get__(obj, obj_type)} (obj absent when the super is bound to the class
     * itself); otherwise the super object's own attributes. A new reference, or null.
     */
    static PyObject getAttr(PyRuntime rt, PyObject self, String name) {
        GenericObject su = (GenericObject) self;
        PyObject objType = su.field(OBJ_TYPE);
        if (!name.equals("__class__") && objType instanceof PyType start) {
            PyObject res = lookup(rt, (PyType) su.field(THIS), start, name);
            if (res != null) {
                PyObject obj = su.field(OBJ) == start ? null : su.field(OBJ);
                return Ops.descriptorGet(rt, res, obj, start);
            }
        }
        return switch (name) {
            case "__class__" -> incref(rt, TYPE);
            case "__thisclass__" -> incref(rt, su.field(THIS));
            case "__self__" -> incref(rt, su.field(OBJ) == null ? rt.heap.none() : su.field(OBJ));
            case "__self_class__" -> incref(rt, objType == null ? rt.heap.none() : objType);
            default -> null;
        };
    }

    /** _super_lookup_descr: the first class after type in start's MRO whose own dict has name (borrowed). */
    static PyObject lookup(PyRuntime rt, PyType type, PyType start, String name) {
        List<PyType> mro = start.mro();
        int i = mro.indexOf(type);
        if (i < 0) {
            return null;
        }
        for (int j = i + 1; j < mro.size(); j++) {
            PyObject v = Ops.ownAttribute(rt, mro.get(j), name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static PyObject incref(PyRuntime rt, PyObject o) {
        rt.heap.incref(o);
        return o;
    }

    /** super_repr. */
    static String repr(PyObject self) {
        GenericObject su = (GenericObject) self;
        PyType t = (PyType) su.field(THIS);
        PyObject objType = su.field(OBJ_TYPE);
        return "<super: <class '" + t.name() + "'>, "
                + (objType == null ? "NULL" : "<" + ((PyType) objType).name() + " object>") + ">";
    }
}
