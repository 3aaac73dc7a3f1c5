package org.heapsim.python.vm;

import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.Message;

/**
 * {@code classmethod} and {@code staticmethod} ({@code Objects/funcobject.c}) and
 * {@code property} ({@code Objects/descrobject.c}): GC-tracked objects holding their
 * callables, allocated by {@code PyType_GenericNew} before {@code __init__} checks the
 * arguments, as CPython's type_call does.
 */
final class Descriptors {
    private Descriptors() {
    }

    static final StaticType CLASSMETHOD = Types.define("classmethod", Types.OBJECT, true, false, true);
    static final StaticType STATICMETHOD = Types.define("staticmethod", Types.OBJECT, true, false, true);
    static final StaticType PROPERTY = Types.define("property", Types.OBJECT, true, false, true);

    /** cm_callable, cm_dict (sm_callable, sm_dict): cm_dealloc releases them in this order; cm_clear clears both. */
    static final GenericObject.Shape WRAPPER = GenericObject.Shape.withDict(new String[] {"callable", "__dict__"}, false, false, true,
            "__dict__");
    /** property_dealloc's order: prop_get, prop_set, prop_del, prop_doc, prop_name (3.10+). */
    static final GenericObject.Shape PROPERTY_SHAPE = new GenericObject.Shape(
            new String[] {"prop_get", "prop_set", "prop_del", "prop_doc", "prop_name"}, false, false, true);
    static final int GET = 0;
    static final int SET = 1;
    static final int DEL = 2;
    static final int DOC = 3;
    static final int NAME = 4;

    /** A property's C-level flag: its doc came from the getter (property_copy then takes the new getter's). */
    static final class PropertyState {
        boolean getterDoc;
    }

    static boolean isClassMethod(PyObject o) {
        return o != null && o.type() == CLASSMETHOD;
    }

    static boolean isStaticMethod(PyObject o) {
        return o != null && o.type() == STATICMETHOD;
    }

    static boolean isProperty(PyObject o) {
        return o != null && o.type() == PROPERTY;
    }

    /** The wrapped callable of a classmethod or staticmethod (borrowed; null when uninitialized). */
    static PyObject callable(PyObject wrapper) {
        return ((GenericObject) wrapper).field(0);
    }

    /** The builtins classmethod, staticmethod, property and super. */
    static void installBuiltins(PyRuntime rt) {
        for (StaticType t : new StaticType[] {CLASSMETHOD, STATICMETHOD, PROPERTY, Super.TYPE}) {
            rt.heap.setItemStr(rt.builtins, t.name(), t);
        }
    }

    // ------------------------------------------------------------------ construction (type_call)

    /** Calling one of these types; null when t is none of them. */
    static PyObject construct(PyRuntime rt, PyType t, PyObject[] args, String[] kwNames) {
        if (t == CLASSMETHOD || t == STATICMETHOD) {
            return newWrapper(rt, (StaticType) t, args, kwNames);
        }
        if (t == PROPERTY) {
            return newProperty(rt, args, kwNames);
        }
        if (t == Super.TYPE) {
            return Super.construct(rt, args, kwNames);
        }
        return null;
    }

    /** cm_new/sm_new (PyType_GenericNew), then cm_init/sm_init. */
    private static PyObject newWrapper(PyRuntime rt, StaticType t, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        GenericObject w = heap.newGeneric(t, WRAPPER, null, null);
        try {
            if (kwNames != null && kwNames.length > 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, t.name() + "() takes no keyword arguments");
            }
            if (args.length != 1) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, t.name() + " expected 1 argument, got " + args.length);
            }
            heap.setField(w, 0, args[0]);
            if (rt.policy.methodWrappersCopyAttributes()) {
                functoolsWraps(rt, w, args[0]);
            }
        } catch (PyException e) {
            heap.decref(w);
            throw e;
        }
        return w;
    }

    /** funcobject.c functools_wraps (3.10+): __module__, __name__, __qualname__, __doc__, __annotations__ into the wrapper's dict. */
    private static void functoolsWraps(PyRuntime rt, PyObject wrapper, PyObject wrapped) {
        for (String attr : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
            PyObject v = Ops.getAttrOrNull(rt, wrapped, attr);
            if (v != null) {
                try {
                    rt.heap.setAttr(wrapper, attr, v);
                } finally {
                    rt.heap.decref(v);
                }
            }
        }
    }

    /** property_new (PyType_GenericNew), then property_init: property(fget=None, fset=None, fdel=None, doc=None). */
    static PyObject newProperty(PyRuntime rt, PyObject[] args, String[] kwNames) {
        Heap heap = rt.heap;
        GenericObject p = heap.newGeneric(PROPERTY, PROPERTY_SHAPE, null, new PropertyState());
        try {
            PyObject[] params = new PyObject[4];
            int nkw = kwNames == null ? 0 : kwNames.length;
            int npos = args.length - nkw;
            if (args.length > 4) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "property() takes at most 4 arguments (" + args.length + " given)");
            }
            System.arraycopy(args, 0, params, 0, npos);
            String[] names = {"fget", "fset", "fdel", "doc"};
            for (int k = 0; k < nkw; k++) {
                int i = java.util.Arrays.asList(names).indexOf(kwNames[k]);
                if (i < 0) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.INVALID_KEYWORD.format(rt.policy.minor(), kwNames[k], "property"));
                }
                if (i < npos) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "argument for property() given by name ('" + names[i]
                            + "') and position (" + (i + 1) + ")");
                }
                params[i] = args[npos + k];
            }
            initProperty(rt, p, params[0], params[1], params[2], params[3]);
        } catch (PyException e) {
            heap.decref(p);
            throw e;
        }
        return p;
    }

    /** property_init_impl: None means absent; the doc defaults to the getter's __doc__ (getter_doc). */
    private static void initProperty(PyRuntime rt, GenericObject p, PyObject fget, PyObject fset, PyObject fdel, PyObject doc) {
        Heap heap = rt.heap;
        PyObject none = heap.none();
        heap.setField(p, GET, fget == none ? null : fget);
        heap.setField(p, SET, fset == none ? null : fset);
        heap.setField(p, DEL, fdel == none ? null : fdel);
        heap.setField(p, DOC, null);
        heap.setField(p, NAME, null);
        PropertyState st = (PropertyState) p.payload();
        st.getterDoc = false;
        if (doc != null && doc != none) {
            heap.setField(p, DOC, doc);
        } else if (p.field(GET) != null) {
            PyObject getDoc = Ops.getAttrOrNull(rt, p.field(GET), "__doc__");
            if (getDoc != null) {
                if (getDoc != none) {
                    heap.setField(p, DOC, getDoc);
                    st.getterDoc = true;
                }
                heap.decref(getDoc);
            }
        }
    }

    /** property_copy: a new property of the same type with one accessor replaced; the name carries over. */
    private static PyObject copyProperty(PyRuntime rt, GenericObject old, PyObject get, PyObject set, PyObject del) {
        Heap heap = rt.heap;
        PyObject none = heap.none();
        if (get == null || get == none) {
            get = old.field(GET) != null ? old.field(GET) : none;
        }
        if (set == null || set == none) {
            set = old.field(SET) != null ? old.field(SET) : none;
        }
        if (del == null || del == none) {
            del = old.field(DEL) != null ? old.field(DEL) : none;
        }
        PyObject doc = ((PropertyState) old.payload()).getterDoc && get != none ? none
                : old.field(DOC) != null ? old.field(DOC) : none;
        GenericObject p = (GenericObject) newProperty(rt, new PyObject[] {get, set, del, doc}, null);
        heap.setField(p, NAME, old.field(NAME));
        return p;
    }

    // ------------------------------------------------------------------ descriptor protocol

    /** cm_descr_get: a method bound to the class (type, or obj's type when type is absent). */
    static PyObject classMethodGet(PyRuntime rt, PyObject cm, PyObject obj, PyType type) {
        PyObject f = callable(cm);
        if (f == null) {
            throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "uninitialized classmethod object");
        }
        PyObject owner = type != null ? type : obj.type();
        return rt.heap.newMethod(f, owner);
    }

    /** sm_descr_get: the callable itself. */
    static PyObject staticMethodGet(PyRuntime rt, PyObject sm) {
        PyObject f = callable(sm);
        if (f == null) {
            throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "uninitialized staticmethod object");
        }
        rt.heap.incref(f);
        return f;
    }

    /** property_descr_get: the property itself through the class, else fget(obj). */
    static PyObject propertyGet(PyRuntime rt, PyObject prop, PyObject obj) {
        GenericObject p = (GenericObject) prop;
        if (obj == null || obj == rt.heap.none()) {
            rt.heap.incref(prop);
            return prop;
        }
        if (p.field(GET) == null) {
            throw rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, accessorMessage(rt, p, obj, "getter"));
        }
        return rt.vm.call(p.field(GET), new PyObject[] {obj});
    }

    /** property_descr_set: fset(obj, value), or fdel(obj) when value is null. */
    static void propertySet(PyRuntime rt, PyObject prop, PyObject obj, PyObject value) {
        GenericObject p = (GenericObject) prop;
        PyObject func = p.field(value == null ? DEL : SET);
        if (func == null) {
            throw rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, accessorMessage(rt, p, obj, value == null ? "deleter" : "setter"));
        }
        PyObject r = rt.vm.call(func, value == null ? new PyObject[] {obj} : new PyObject[] {obj, value});
        rt.heap.decref(r);
    }

    /** The AttributeError of a missing getter, setter or deleter, in the version's words. */
    private static String accessorMessage(PyRuntime rt, GenericObject p, PyObject obj, String which) {
        String name = propertyName(rt, p);
        String quoted = name == null ? null : org.heapsim.python.runtime.StrRepr.repr(name);
        String qualname = obj == null ? null : "'" + typeQualname(obj.type()) + "'";
        int minor = rt.policy.minor();
        Message named = switch (which) {
            case "getter" -> Message.PROPERTY_NO_GETTER;
            case "setter" -> Message.PROPERTY_NO_SETTER;
            default -> Message.PROPERTY_NO_DELETER;
        };
        Message unnamed = switch (which) {
            case "getter" -> Message.PROPERTY_NO_GETTER_UNNAMED;
            case "setter" -> Message.PROPERTY_NO_SETTER_UNNAMED;
            default -> Message.PROPERTY_NO_DELETER_UNNAMED;
        };
        if (name != null && qualname != null) {
            return named.format(minor, quoted, qualname);
        }
        return unnamed.format(minor, qualname == null ? "" : qualname);
    }

    /** property_name: prop_name (set by __set_name__), else (3.13) the getter's __name__. */
    private static String propertyName(PyRuntime rt, GenericObject p) {
        PyObject n = p.field(NAME);
        if (n == null && rt.policy.propertyNameFallsBackToGetter() && p.field(GET) != null) {
            PyObject v = Ops.getAttrOrNull(rt, p.field(GET), "__name__");
            if (v != null) {
                String s = v instanceof AtomObject a && a.isStr() ? a.asString() : null;
                rt.heap.decref(v);
                return s;
            }
        }
        return n instanceof AtomObject a && a.isStr() ? a.asString() : null;
    }

    static String typeQualname(PyType t) {
        return t instanceof ClassObject c ? c.qualname() : t.name();
    }

    // ------------------------------------------------------------------ methods and attributes

    static void installTypeMethods(BuiltinMethods m) {
        PyRuntime rt = m.rt();
        for (StaticType t : new StaticType[] {CLASSMETHOD, STATICMETHOD}) {
            BuiltinAttributes.member(m, t, "__func__", (r, self) -> wrapped(r, self), null);
            if (rt.policy.methodWrappersCopyAttributes()) {
                BuiltinAttributes.member(m, t, "__wrapped__", (r, self) -> wrapped(r, self), null);
            }
            BuiltinAttributes.getset(m, t, "__dict__", (r, self) -> {
                PyObject d = r.heap.attributeDict(self, true);
                r.heap.incref(d);
                return d;
            }, null);
            BuiltinAttributes.getset(m, t, "__isabstractmethod__", (r, self) -> r.heap.bool(false), null);
            m.define(t, "__get__", (r, self, a, kw) -> {
                if (a.length < 1 || a.length > 2) {
                    throw r.raise(ExceptionTypes.TYPE_ERROR, "expected 1 or 2 arguments, got " + a.length);
                }
                PyObject obj = a[0] == r.heap.none() ? null : a[0];
                PyType type = a.length > 1 && a[1] instanceof PyType pt ? pt : null;
                if (obj == null && type == null) {
                    throw r.raise(ExceptionTypes.TYPE_ERROR, "__get__(None, None) is invalid");
                }
                return self.type() == CLASSMETHOD ? classMethodGet(r, self, obj, type) : staticMethodGet(r, self);
            });
        }
        BuiltinAttributes.member(m, PROPERTY, "fget", (r, self) -> orNone(r, ((GenericObject) self).field(GET)), null);
        BuiltinAttributes.member(m, PROPERTY, "fset", (r, self) -> orNone(r, ((GenericObject) self).field(SET)), null);
        BuiltinAttributes.member(m, PROPERTY, "fdel", (r, self) -> orNone(r, ((GenericObject) self).field(DEL)), null);
        BuiltinAttributes.member(m, PROPERTY, "__doc__", (r, self) -> orNone(r, ((GenericObject) self).field(DOC)),
                (r, self, v) -> r.heap.setField((GenericObject) self, DOC, v));
        BuiltinAttributes.getset(m, PROPERTY, "__isabstractmethod__", (r, self) -> r.heap.bool(false), null);
        m.define(PROPERTY, "getter", (r, self, a, kw) -> copyProperty(r, (GenericObject) self, oneArg(r, "getter", a), null, null));
        m.define(PROPERTY, "setter", (r, self, a, kw) -> copyProperty(r, (GenericObject) self, null, oneArg(r, "setter", a), null));
        m.define(PROPERTY, "deleter", (r, self, a, kw) -> copyProperty(r, (GenericObject) self, null, null, oneArg(r, "deleter", a)));
        m.define(PROPERTY, "__get__", (r, self, a, kw) -> propertyGet(r, self, a.length > 0 ? a[0] : null));
        m.define(PROPERTY, "__set__", (r, self, a, kw) -> {
            propertySet(r, self, a[0], a[1]);
            return null;
        });
        m.define(PROPERTY, "__delete__", (r, self, a, kw) -> {
            propertySet(r, self, a[0], null);
            return null;
        });
        if (rt.policy.propertyHasSetName()) {
            m.define(PROPERTY, "__set_name__", (r, self, a, kw) -> {
                if (a.length != 2) {
                    throw r.raise(ExceptionTypes.TYPE_ERROR, "__set_name__() takes 2 positional arguments but " + a.length + " were given");
                }
                r.heap.setField((GenericObject) self, NAME, a[1]);
                return null;
            });
            BuiltinAttributes.getset(m, PROPERTY, "__name__", (r, self) -> {
                String n = propertyName(r, (GenericObject) self);
                return n == null ? null : r.heap.newStr(n);
            }, (r, self, v) -> r.heap.setField((GenericObject) self, NAME, v));
        }
    }

    private static PyObject wrapped(PyRuntime rt, PyObject self) {
        PyObject f = callable(self);
        if (f == null) {
            return null;
        }
        rt.heap.incref(f);
        return f;
    }

    private static PyObject orNone(PyRuntime rt, PyObject o) {
        PyObject v = o == null ? rt.heap.none() : o;
        rt.heap.incref(v);
        return v;
    }

    private static PyObject oneArg(PyRuntime rt, String name, PyObject[] a) {
        if (a.length != 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "property." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }
}
