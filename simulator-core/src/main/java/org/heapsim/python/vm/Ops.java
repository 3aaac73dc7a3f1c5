package org.heapsim.python.vm;

import java.math.BigInteger;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.MethodObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.python.runtime.FloatRepr;
import org.heapsim.python.runtime.StrRepr;

/**
 * The object protocol ({@code Objects/object.c}, {@code Objects/abstract.c},
 * {@code Objects/typeobject.c}): attribute lookup through the MRO with descriptors, truth,
 * str and repr, rich comparison, binary operators with reflected dunders. Every method that
 * returns a PyObject returns a new reference.
 */
final class Ops {
    private Ops() {
    }

    // ------------------------------------------------------------------ types and lookup

    /** _PyType_Lookup: the first class in the MRO whose dict has name (borrowed), or a built-in method. */
    static PyObject typeLookup(PyRuntime rt, PyType type, String name) {
        if (type instanceof ClassObject cls) {
            return TypeCache.lookup(rt, cls, name);
        }
        for (PyType t : type.mro()) {
            PyObject v = ownAttribute(rt, t, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** What one class of an MRO defines itself (borrowed): its dict's entry, or a built-in type's descriptor. */
    static PyObject ownAttribute(PyRuntime rt, PyType t, String name) {
        if (t instanceof ClassObject c) {
            return c.dict() == null ? null : rt.heap.getItemStr(c.dict(), name);
        }
        if (t instanceof StaticType s) {
            return rt.vm.builtinMethods.lookup(s, name);
        }
        return null;
    }

    static boolean isType(PyObject o) {
        return o instanceof PyType;
    }

    static String typeName(PyObject o) {
        return o.type() == null ? "type" : o.type().name();
    }

    // ------------------------------------------------------------------ attributes

    /** getattr(obj, name): a new reference; AttributeError with CPython's message when missing. */
    static PyObject getAttr(PyRuntime rt, PyObject obj, String name) {
        obj = Proxies.unwrap(rt, obj);
        PyObject v = getAttrOrNull(rt, obj, name);
        if (v == null) {
            throw attributeError(rt, obj, name);
        }
        return v;
    }

    static PyException attributeError(PyRuntime rt, PyObject obj, String name) {
        if (obj instanceof GenericObject g && g.shape() == GenericObject.Shape.MODULE) {
            return rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, "module '" + g.name() + "' has no attribute '" + name + "'");
        }
        if (obj instanceof PyType t) {
            return rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, "type object '" + t.name() + "' has no attribute '" + name + "'");
        }
        return rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, "'" + typeName(obj) + "' object has no attribute '" + name + "'");
    }

    /** PyObject_GenericGetAttr, or null when there is no such attribute. */
    static PyObject getAttrOrNull(PyRuntime rt, PyObject obj, String name) {
        obj = Proxies.unwrap(rt, obj);
        Heap heap = rt.heap;
        if (obj instanceof PyType type) {
            return typeGetAttr(rt, type, name);
        }
        if (name.equals("__callback__") && obj instanceof org.heapsim.weak.WeakRefObject w && !w.isProxy()) {
            // weakref_members: the callback, None once it was called (or never given)
            PyObject cb = w.callback() == null ? heap.none() : w.callback();
            heap.incref(cb);
            return cb;
        }
        if (obj instanceof GenericObject g && g.shape() == GenericObject.Shape.MODULE) {
            PyObject v = heap.getItemStr((DictObject) g.field(0), name);
            if (v != null) {
                heap.incref(v);
            }
            return v;
        }
        if (Super.isSuper(obj)) {
            return Super.getAttr(rt, obj, name);
        }
        PyType type = obj.type();
        PyObject descr = typeLookup(rt, type, name);
        if (obj instanceof MethodObject m && descr == null) {
            return ObjectModel.methodFallback(rt, m, name);
        }
        if (descr != null && isDataDescriptor(rt, descr)) {
            return descriptorGet(rt, descr, obj, type);
        }
        if (name.equals("__class__")) {
            heap.incref(type);
            return type;
        }
        if (name.equals("__dict__") && obj.instanceState() != null) {
            DictObject d = heap.materializeDict(obj);
            if (d != null) {
                heap.incref(d);
                return d;
            }
        }
        PyObject v = obj instanceof ExceptionObject e ? exceptionAttr(rt, e, name) : heap.getAttr(obj, name);
        if (v != null) {
            heap.incref(v);
            return v;
        }
        if (descr != null) {
            return descriptorGet(rt, descr, obj, type);
        }
        return null;
    }

    private static PyObject exceptionAttr(PyRuntime rt, ExceptionObject e, String name) {
        return switch (name) {
            case "args" -> e.field(1);
            case "value" -> e.type().isSubtypeOf(ExceptionTypes.STOP_ITERATION) && rt.heap.getAttr(e, name) == null
                    ? (e.field(1) instanceof TupleObject t && t.size() > 0 ? t.get(0) : rt.heap.none())
                    : rt.heap.getAttr(e, name);
            case "__traceback__" -> orNone(rt, e.field(3));
            case "__cause__" -> orNone(rt, e.field(4));
            case "__context__" -> orNone(rt, e.field(5));
            default -> rt.heap.getAttr(e, name);
        };
    }

    private static PyObject orNone(PyRuntime rt, PyObject o) {
        return o == null ? rt.heap.none() : o;
    }

    /** type_getattro: the metatype's attributes, then the MRO, each found value bound as {@code descr.__get__(None, type)}. */
    static PyObject typeGetAttr(PyRuntime rt, PyType type, String name) {
        Heap heap = rt.heap;
        switch (name) {
            case "__name__": {
                // type_name: a static type's tp_name after its last dot ("_io.TextIOWrapper" -> "TextIOWrapper")
                String n = type.name();
                return heap.newStr(type instanceof ClassObject ? n : n.substring(n.lastIndexOf('.') + 1));
            }
            case "__qualname__":
                return heap.newStr(Descriptors.typeQualname(type));
            case "__mro__": {
                java.util.List<PyObject> items = new java.util.ArrayList<>(type.mro());
                return heap.newTuple(items);
            }
            case "__bases__": {
                java.util.List<PyObject> items = new java.util.ArrayList<>();
                if (type instanceof ClassObject c && c.basesTuple() != null) {
                    heap.incref(c.basesTuple());
                    return c.basesTuple();
                }
                if (type.base() != null) {
                    items.add(type.base());
                }
                return heap.newTuple(items);
            }
            case "__base__": {
                PyObject b = type.base() == null ? heap.none() : type.base();
                heap.incref(b);
                return b;
            }
            case "__dict__":
                if (type instanceof ClassObject c) {
                    heap.incref(c.dict());
                    return c.dict();
                }
                break;
            case "__class__": {
                PyType meta = type.type() == null ? Types.TYPE : type.type();
                heap.incref(meta);
                return meta;
            }
            default:
                break;
        }
        PyObject v = typeLookup(rt, type, name);
        if (v == null) {
            return null;
        }
        return descriptorGet(rt, v, null, type);
    }

    /**
     * A data descriptor (its type defines {@code __set__} or {@code __delete__}): property,
     * getset and member descriptors, instances of classes defining them.
     */
    static boolean isDataDescriptor(PyRuntime rt, PyObject d) {
        if (d instanceof GenericObject g) {
            return Descriptors.isProperty(d) || BuiltinAttributes.isGetSet(d) || "getset_descriptor".equals(g.payload())
                    || "member_descriptor".equals(g.payload());
        }
        return d.type() instanceof ClassObject
                && (typeLookupUser(rt, d.type(), "__set__") != null || typeLookupUser(rt, d.type(), "__delete__") != null);
    }

    /**
     * {@code descr.__get__(obj, type)} (tp_descr_get) for what attribute lookup finds: obj is
     * null for a lookup through the class (type_getattro's {@code local_get(attr, NULL, type)});
     * a value that is no descriptor comes back itself. A new reference.
     */
    static PyObject descriptorGet(PyRuntime rt, PyObject descr, PyObject obj, PyType type) {
        Heap heap = rt.heap;
        if (descr instanceof FunctionObject) {
            if (obj == null) { // func_descr_get: unbound access gives the function
                heap.incref(descr);
                return descr;
            }
            return heap.newMethod(descr, obj);
        }
        if (descr instanceof GenericObject g) {
            Object p = g.payload();
            if (Descriptors.isClassMethod(descr)) {
                return Descriptors.classMethodGet(rt, descr, obj, type);
            }
            if (Descriptors.isStaticMethod(descr)) {
                return Descriptors.staticMethodGet(rt, descr);
            }
            if (Descriptors.isProperty(descr)) {
                return Descriptors.propertyGet(rt, descr, obj);
            }
            if (obj == null && (p instanceof BuiltinAttributes.GetSet || p instanceof BuiltinMethods.Descriptor
                    || "member_descriptor".equals(p) || "getset_descriptor".equals(p))) {
                heap.incref(descr);
                return descr;
            }
            if (p instanceof BuiltinAttributes.GetSet gs) {
                return BuiltinAttributes.get(rt, gs, obj);
            }
            if ("member_descriptor".equals(p)) {
                PyObject v = heap.getAttr(obj, g.name());
                if (v == null) {
                    throw rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, g.name());
                }
                heap.incref(v);
                return v;
            }
            if ("getset_descriptor".equals(p)) {
                if (g.name().equals("__dict__")) {
                    DictObject d = heap.materializeDict(obj);
                    heap.incref(d);
                    return d;
                }
                // __weakref__: the first weak reference, or None
                PyObject w = obj.weakrefs == null ? heap.none() : obj.weakrefs;
                heap.incref(w);
                return w;
            }
            if (p instanceof BuiltinMethods.Descriptor d) {
                return rt.vm.builtinMethods.bind(d, obj);
            }
        }
        if (descr.type() instanceof ClassObject) {
            PyObject get = typeLookupUser(rt, descr.type(), "__get__");
            if (get != null) { // slot_tp_descr_get
                return rt.vm.call(get, new PyObject[] {descr, obj == null ? heap.none() : obj, type});
            }
        }
        heap.incref(descr);
        return descr;
    }

    /** setattr(obj, name, value): a data descriptor of the type first (PyObject_GenericSetAttr), else the instance. */
    static void setAttr(PyRuntime rt, PyObject obj, String name, PyObject value) {
        obj = Proxies.unwrap(rt, obj);
        Heap heap = rt.heap;
        if (obj instanceof ClassObject c) {
            if (name.equals("__qualname__") || name.equals("__name__")) {
                String s = value instanceof AtomObject a && a.isStr() ? a.asString() : null;
                if (s == null) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "can only assign string to " + c.name() + "." + name
                            + ", not '" + typeName(value) + "'");
                }
                if (name.equals("__qualname__")) {
                    c.setQualname(s);
                    return;
                }
                throw new org.heapsim.heap.Unsupported("renaming a class");
            }
            heap.setItemStr(c.dict(), name, value);
            if (name.equals("__del__")) {
                c.setHasFinalizer(true);
            }
            return;
        }
        if (setThroughDescriptor(rt, obj, name, value)) {
            return;
        }
        try {
            heap.setAttr(obj, name, value);
        } catch (IllegalArgumentException e) {
            throw rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, org.heapsim.version.Message.SETATTR_NO_SLOT.format(rt.policy.minor(), typeName(obj), name));
        }
    }

    /** A data descriptor's __set__ (value null: __delete__); false when the type has none for name. */
    private static boolean setThroughDescriptor(PyRuntime rt, PyObject obj, String name, PyObject value) {
        PyObject descr = typeLookup(rt, obj.type(), name);
        if (descr == null) {
            return false;
        }
        if (Descriptors.isProperty(descr)) {
            Descriptors.propertySet(rt, descr, obj, value);
            return true;
        }
        if (descr instanceof GenericObject g && g.payload() instanceof BuiltinAttributes.GetSet gs) {
            BuiltinAttributes.set(rt, gs, obj, value);
            return true;
        }
        if (descr.type() instanceof ClassObject) { // slot_tp_descr_set
            PyObject f = typeLookupUser(rt, descr.type(), value == null ? "__delete__" : "__set__");
            if (f != null) {
                PyObject r = rt.vm.call(f, value == null ? new PyObject[] {descr, obj} : new PyObject[] {descr, obj, value});
                rt.heap.decref(r);
                return true;
            }
        }
        return false;
    }

    static void delAttr(PyRuntime rt, PyObject obj, String name) {
        obj = Proxies.unwrap(rt, obj);
        if (obj instanceof ClassObject c) {
            if (!rt.heap.delItemStr(c.dict(), name)) {
                throw rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, name);
            }
            return;
        }
        if (setThroughDescriptor(rt, obj, name, null)) {
            return;
        }
        if (!rt.heap.delAttr(obj, name)) {
            throw rt.raise(ExceptionTypes.ATTRIBUTE_ERROR, org.heapsim.version.Message.DELATTR_MISSING.format(rt.policy.minor(), typeName(obj), name));
        }
    }

    // ------------------------------------------------------------------ truth, str, repr

    static boolean isTrue(PyRuntime rt, PyObject o) {
        o = Proxies.unwrap(rt, o);
        if (o.type() == null) {
            return true; // a static type: its metatype (type) has neither __bool__ nor __len__
        }
        if (o instanceof AtomObject a) {
            Object v = a.value();
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if (v instanceof BigInteger i) {
                return i.signum() != 0;
            }
            if (v instanceof Double d) {
                return d != 0.0;
            }
            if (v instanceof String s) {
                return !s.isEmpty();
            }
            if (v instanceof byte[] b) {
                return b.length > 0;
            }
        }
        if (o instanceof ListObject l && o.type() == Types.LIST) {
            return l.size() > 0;
        }
        if (o instanceof TupleObject t) {
            return t.size() > 0;
        }
        if (o instanceof DictObject d && o.type() == Types.DICT) {
            return d.size() > 0;
        }
        if (o instanceof SetObject s && !(o.type() instanceof ClassObject)) {
            return s.size() > 0;
        }
        if (o instanceof PyType || o.type() == null) {
            return true; // classes: the subset has no metaclass with __bool__ or __len__
        }
        PyObject bool = typeLookup(rt, o.type(), "__bool__");
        if (bool != null) {
            PyObject r = rt.vm.call(bool, new PyObject[] {o});
            try {
                return r == rt.heap.bool(true);
            } finally {
                rt.heap.decref(r);
            }
        }
        PyObject len = typeLookup(rt, o.type(), "__len__");
        if (len != null) {
            return lengthOf(rt, o) > 0;
        }
        return true;
    }

    static long lengthOf(PyRuntime rt, PyObject o) {
        o = Proxies.unwrap(rt, o);
        if (o instanceof ListObject l) {
            return l.size();
        }
        if (o instanceof TupleObject t) {
            return t.size();
        }
        if (o instanceof DictObject d) {
            return d.size();
        }
        if (o instanceof SetObject s) {
            return s.size();
        }
        if (o instanceof AtomObject a && a.value() instanceof String s) {
            return s.codePointCount(0, s.length());
        }
        if (o instanceof AtomObject a && a.value() instanceof byte[] b) {
            return b.length;
        }
        PyObject len = typeLookup(rt, o.type(), "__len__");
        if (len == null) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "object of type '" + typeName(o) + "' has no len()");
        }
        PyObject r = rt.vm.call(len, new PyObject[] {o});
        try {
            if (!(r instanceof AtomObject a && a.value() instanceof BigInteger i)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + typeName(r) + "' object cannot be interpreted as an integer");
            }
            if (i.signum() < 0) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "__len__() should return >= 0");
            }
            return i.longValue();
        } finally {
            rt.heap.decref(r);
        }
    }

    /** str(o) as a Java string. */
    static String strOf(PyRuntime rt, PyObject o) {
        o = Proxies.unwrap(rt, o);
        if (o instanceof AtomObject a && a.isStr()) {
            return a.asString();
        }
        if (o instanceof ExceptionObject e && typeLookupUser(rt, o.type(), "__str__") == null) {
            return exceptionStr(rt, e);
        }
        PyObject f = typeLookupUser(rt, o.type(), "__str__");
        if (f != null) {
            return callForString(rt, f, o, "__str__");
        }
        return reprOf(rt, o);
    }

    /** repr(o) as a Java string. */
    static String reprOf(PyRuntime rt, PyObject o) {
        if (o instanceof AtomObject a) {
            if (a.value() instanceof BigInteger i) {
                checkIntStrDigits(rt, i);
            }
            return atomRepr(a);
        }
        PyObject f = typeLookupUser(rt, o.type(), "__repr__");
        if (f != null) {
            return callForString(rt, f, o, "__repr__");
        }
        return Repr.builtinRepr(rt, o);
    }

    /** CPython's default sys.get_int_max_str_digits() (_PY_LONG_DEFAULT_MAX_STR_DIGITS, the CVE-2020-10735 fix). */
    static final int INT_MAX_STR_DIGITS = 4300;

    /**
     * long_to_decimal_string: an int of more than 4300 decimal digits (the sign not counted)
     * cannot become a str (every version here has the limit: 3.8.14+, 3.9.14+, 3.10.7+, 3.11+).
     */
    static void checkIntStrDigits(PyRuntime rt, BigInteger i) {
        if (i.bitLength() > 14282 && i.abs().toString().length() > INT_MAX_STR_DIGITS) { // 2**14282 < 10**4300
            throw rt.raise(ExceptionTypes.VALUE_ERROR,
                    org.heapsim.version.Message.INT_MAX_STR_DIGITS_TO_STR.format(rt.policy.minor(), INT_MAX_STR_DIGITS));
        }
    }

    /** A dunder defined by a class (not a built-in default). */
    static PyObject typeLookupUser(PyRuntime rt, PyType type, String name) {
        if (type == null) {
            return null; // the static types' own metatype (type(int)) has no user dunders
        }
        if (type instanceof ClassObject cls) {
            return TypeCache.lookupUser(rt, cls, name);
        }
        for (PyType t : type.mro()) {
            if (t instanceof ClassObject c) {
                PyObject v = rt.heap.getItemStr(c.dict(), name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    private static String callForString(PyRuntime rt, PyObject f, PyObject self, String which) {
        PyObject r = rt.vm.call(f, new PyObject[] {self});
        try {
            if (r instanceof AtomObject a && a.isStr()) {
                return a.asString();
            }
            throw rt.raise(ExceptionTypes.TYPE_ERROR, which + " returned non-string (type " + typeName(r) + ")");
        } finally {
            rt.heap.decref(r);
        }
    }

    static String exceptionStr(PyRuntime rt, ExceptionObject e) {
        PyObject args = e.field(1);
        if (args instanceof TupleObject t) {
            if (t.size() == 0) {
                return "";
            }
            if (t.size() == 1) {
                if (e.type().isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                    return reprOf(rt, t.get(0));
                }
                return strOf(rt, t.get(0));
            }
            return reprOf(rt, t);
        }
        return "";
    }

    static String atomRepr(AtomObject a) {
        Object v = a.value();
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof BigInteger i) {
            return i.bitLength() < 64 ? Long.toString(i.longValue()) : i.toString(); // same digits, no BigInteger division
        }
        if (v instanceof Double d) {
            return FloatRepr.repr(d);
        }
        if (v instanceof String s) {
            return StrRepr.repr(s);
        }
        if (v instanceof byte[] b) {
            return StrRepr.reprBytes(b);
        }
        return String.valueOf(v);
    }
}
