package org.heapsim.python.vm;

import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * Data attributes of built-in types: CPython's getset and member descriptors
 * ({@code Objects/descrobject.c} getset_get/getset_set, member_get/member_set), such as
 * {@code function.__name__}, {@code property.fget}, {@code classmethod.__func__}. They sit in
 * the type's method table beside the method descriptors, so that {@code _PyType_Lookup} finds
 * them and, being data descriptors, they take precedence over an instance's {@code __dict__}.
 */
final class BuiltinAttributes {
    private BuiltinAttributes() {
    }

    /** Reads the attribute of self: a new reference, or null for "no such attribute" (AttributeError). */
    @FunctionalInterface
    interface Getter {
        PyObject get(PyRuntime rt, PyObject self);
    }

    /** Stores value (borrowed), or deletes the attribute when value is null. */
    @FunctionalInterface
    interface Setter {
        void set(PyRuntime rt, PyObject self, PyObject value);
    }

    /** The payload of a getset/member descriptor of a built-in type; setter null when read-only. */
    record GetSet(StaticType owner, String name, Getter getter, Setter setter, boolean member) {
    }

    static final StaticType MEMBER_DESCRIPTOR = Types.define("member_descriptor", Types.OBJECT, true, false, false);

    private static final GenericObject.Shape SHAPE = new GenericObject.Shape(new String[0], false, false, false);

    /** A getset descriptor (getset_descriptor) on owner. */
    static void getset(BuiltinMethods m, StaticType owner, String name, Getter getter, Setter setter) {
        m.register(owner, name, m.rt().heap.newGeneric(Types.GETSET_DESCRIPTOR, SHAPE, name, new GetSet(owner, name, getter, setter, false)));
    }

    /** A member descriptor (member_descriptor, PyMemberDef) on owner. */
    static void member(BuiltinMethods m, StaticType owner, String name, Getter getter, Setter setter) {
        m.register(owner, name, m.rt().heap.newGeneric(MEMBER_DESCRIPTOR, SHAPE, name, new GetSet(owner, name, getter, setter, true)));
    }

    static boolean isGetSet(PyObject descr) {
        return descr instanceof GenericObject g && g.payload() instanceof GetSet;
    }

    /** getset_get / member_get: the attribute of obj (new reference); AttributeError when it has none. */
    static PyObject get(PyRuntime rt, GetSet gs, PyObject obj) {
        PyObject v = gs.getter().get(rt, obj);
        if (v == null) {
            throw Ops.attributeError(rt, obj, gs.name());
        }
        return v;
    }

    /** getset_set / member_set (value null: delete). */
    static void set(PyRuntime rt, GetSet gs, PyObject obj, PyObject value) {
        if (gs.setter() == null) {
            // member_set (PyMember_SetOne on READONLY) / getset_set without a setter
            throw rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, gs.member() ? "readonly attribute"
                    : "attribute '" + gs.name() + "' of '" + gs.owner().name() + "' objects is not writable");
        }
        gs.setter().set(rt, obj, value);
    }
}
