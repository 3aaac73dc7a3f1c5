package org.heapsim.heap;

import java.util.List;

/**
 * A type object. Built-in types ({@link StaticType}) are static and shared by every heap;
 * classes ({@link ClassObject}) live in a heap like any other object.
 */
public abstract class PyType extends PyObject {
    protected PyType(PyType metatype) {
        super(metatype);
    }

    public abstract String name();

    /** tp_base: the single base whose layout this type extends. */
    public abstract PyType base();

    /** The method resolution order, this type first. */
    public abstract List<PyType> mro();

    /** Instances have a GC header (Py_TPFLAGS_HAVE_GC). */
    public abstract boolean instancesAreGc();

    /** Instances can be weakly referenced (tp_weaklistoffset != 0). */
    public abstract boolean instancesAreWeakReferenceable();

    /** The nearest built-in type in the base chain (the layout's owner). */
    public PyType builtinBase() {
        PyType t = this;
        while (t instanceof ClassObject c) {
            t = c.base();
        }
        return t;
    }

    public boolean isSubtypeOf(PyType other) {
        for (PyType t : mro()) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }
}
