package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
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
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.Message;

/**
 * The instructions that build displays and unpack starred call arguments: BUILD_SET,
 * BUILD_CONST_KEY_MAP, SET_ADD, MAP_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
 * LIST_TO_TUPLE. Each pops and releases its operands in the order CPython 3.11's ceval.c
 * does, and raises CPython's messages (which name the callee in call contexts: see
 * {@link #describeCallee}).
 */
final class Displays {
    private Displays() {
    }

    /** BUILD_SET n: items added first to last, each released right after its add (a duplicate dies there). */
    static void buildSet(PyRuntime rt, FrameObject fo, int n) {
        Heap heap = rt.heap;
        PyObject[] items = new PyObject[n];
        for (int i = n - 1; i >= 0; i--) {
            items[i] = fo.popOwned();
        }
        SetObject set = heap.newSet(false);
        PyException error = null;
        for (PyObject item : items) {
            if (error == null) {
                try {
                    PyKeys.checkHashable(rt, item);
                    heap.setAdd(set, item);
                } catch (PyException e) {
                    error = e;
                }
            }
            heap.decref(item);
        }
        if (error != null) {
            heap.decref(set);
            throw error;
        }
        fo.pushOwned(set);
    }

    /** BUILD_CONST_KEY_MAP n: a keys tuple on top of n values; the tuple is released first, then the values top first. */
    static void buildConstKeyMap(PyRuntime rt, FrameObject fo, int n) {
        Heap heap = rt.heap;
        TupleObject keys = (TupleObject) fo.popOwned();
        PyObject[] values = new PyObject[n];
        for (int i = n - 1; i >= 0; i--) {
            values[i] = fo.popOwned();
        }
        DictObject d = heap.newDict();
        try {
            for (int i = 0; i < n; i++) {
                heap.setItem(d, keys.get(i), values[i]);
            }
        } catch (PyException e) {
            heap.decref(d);
            throw e;
        } finally {
            heap.decref(keys);
            for (int i = n - 1; i >= 0; i--) {
                heap.decref(values[i]);
            }
        }
        fo.pushOwned(d);
    }

    /** SET_ADD i: stack[-i].add(TOS) (set comprehensions). */
    static void setAdd(PyRuntime rt, FrameObject fo, int i) {
        PyObject v = fo.popOwned();
        try {
            PyKeys.checkHashable(rt, v);
            rt.heap.setAdd((SetObject) fo.peek(i), v);
        } finally {
            rt.heap.decref(v);
        }
    }

    /**
     * MAP_ADD i: stack[-i][key] = value with value on top (dict comprehensions, key evaluated
     * first since 3.8). An existing equal key keeps its key object: the old value dies, then
     * the new key, as insertdict and the instruction's releases do in every version.
     */
    static void mapAdd(PyRuntime rt, FrameObject fo, int i) {
        PyObject value = fo.popOwned();
        PyObject key = fo.popOwned();
        try {
            rt.heap.setItem((DictObject) fo.peek(i), key, value);
        } finally {
            rt.heap.decref(value);
            rt.heap.decref(key);
        }
    }

    /** Set in LIST_EXTEND's argument when it builds a call's positional arguments ({@code f(a, *b)}). */
    static final int CALL_ARGUMENTS = 0x100;

    /**
     * LIST_EXTEND arg: stack[-(arg & 0xff)].extend(TOS). A non-iterable operand: 3.9+
     * "Value after * must be an iterable, not T"; 3.8 compiled these to BUILD_LIST_UNPACK
     * ("'T' object is not iterable") or, in calls, BUILD_TUPLE_UNPACK_WITH_CALL ("f() argument
     * after * must be an iterable, not T"), which is why the compiler flags call arguments.
     */
    static void listExtend(PyRuntime rt, FrameObject fo, int arg) {
        PyObject iterable = fo.popOwned();
        try {
            int i = arg & 0xff;
            if (!isIterable(rt, iterable)) {
                if ((arg & CALL_ARGUMENTS) != 0 && rt.policy.minor() == 8) {
                    throw notIterableInCall(rt, fo.peek(i + 1), iterable);
                }
                throw rt.raise(ExceptionTypes.TYPE_ERROR, Message.VALUE_AFTER_STAR.format(rt.policy.minor(), Ops.typeName(iterable)));
            }
            Iteration.extend(rt, (ListObject) fo.peek(i), iterable);
        } finally {
            rt.heap.decref(iterable);
        }
    }

    /** SET_UPDATE i: stack[-i].update(TOS) ("'T' object is not iterable" from iter()). */
    static void setUpdate(PyRuntime rt, FrameObject fo, int i) {
        PyObject iterable = fo.popOwned();
        try {
            SetMethods.update(rt, (SetObject) fo.peek(i), iterable);
        } finally {
            rt.heap.decref(iterable);
        }
    }

    /** DICT_UPDATE i: stack[-i].update(TOS) for {@code {**m}}; a non-mapping: "'T' object is not a mapping". */
    static void dictUpdate(PyRuntime rt, FrameObject fo, int i) {
        PyObject update = fo.popOwned();
        try {
            DictObject d = (DictObject) fo.peek(i);
            if (!isMapping(rt, update)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(update) + "' object is not a mapping");
            }
            merge(rt, d, update, null, null);
        } finally {
            rt.heap.decref(update);
        }
    }

    /**
     * DICT_MERGE i: the ** arguments of a call merged into the kwargs dict stack[-i]; the callee
     * is stack[-(i + 2)]. A non-mapping or a repeated key raises format_kwargs_error's messages.
     */
    static void dictMerge(PyRuntime rt, FrameObject fo, int i) {
        PyObject update = fo.popOwned();
        try {
            DictObject d = (DictObject) fo.peek(i);
            PyObject callee = fo.peek(i + 2);
            if (!isMapping(rt, update)) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, describeCallee(rt, callee) + " argument after ** must be a mapping, not "
                        + Ops.typeName(update));
            }
            merge(rt, d, update, callee, d);
        } finally {
            rt.heap.decref(update);
        }
    }

    /** LIST_TO_TUPLE: the tuple takes new references; then the list is released. */
    static void listToTuple(PyRuntime rt, FrameObject fo) {
        ListObject list = (ListObject) fo.popOwned();
        PyObject[] items = new PyObject[list.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = list.get(i);
            rt.heap.incref(items[i]);
        }
        TupleObject t = rt.heap.newTupleOwned(items);
        rt.heap.decref(list);
        fo.pushOwned(t);
    }

    // ------------------------------------------------------------------ helpers

    /**
     * dict_merge / PyDict_Update: a dict's entries in order, or any object with keys() via
     * keys() and []. With duplicateCheck (DICT_MERGE's override=2) a key already in target is an
     * error naming callee.
     */
    private static void merge(PyRuntime rt, DictObject target, PyObject src, PyObject callee, DictObject duplicateCheck) {
        Heap heap = rt.heap;
        if (src instanceof DictObject sd && !(src.type() instanceof ClassObject c && Ops.typeLookupUser(rt, c, "keys") != null)) {
            for (int s = 0; s < sd.entrySlots(); s++) {
                PyObject k = sd.keyAt(s);
                if (k != null) {
                    long h = heap.dictHashAt(sd, s);
                    if (duplicateCheck != null && duplicateCheck.findKnownHash(heap.keyOps(), k, h) >= 0) {
                        checkDuplicate(rt, duplicateCheck, callee, k);
                    }
                    heap.setItemKnownHash(target, k, h, sd.valueAt(s));
                }
            }
            return;
        }
        PyObject keysMethod = Ops.getAttr(rt, src, "keys");
        PyObject keys;
        try {
            keys = rt.vm.call(keysMethod, new PyObject[0]);
        } finally {
            heap.decref(keysMethod);
        }
        List<PyObject> ks;
        try {
            ks = Iteration.toList(rt, keys);
        } finally {
            heap.decref(keys);
        }
        try {
            for (PyObject k : ks) {
                checkDuplicate(rt, duplicateCheck, callee, k);
                PyObject v = Subscripts.get(rt, src, k);
                try {
                    heap.setItem(target, k, v);
                } finally {
                    heap.decref(v);
                }
            }
        } finally {
            for (PyObject k : ks) {
                heap.decref(k);
            }
        }
    }

    private static void checkDuplicate(PyRuntime rt, DictObject target, PyObject callee, PyObject key) {
        if (target != null && rt.heap.getItem(target, key) != null) {
            if (key instanceof AtomObject a && a.isStr()) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, describeCallee(rt, callee) + " got multiple values for keyword argument '"
                        + a.asString() + "'");
            }
            throw rt.raised(Subscripts.keyError(rt, key));
        }
    }

    /** PySequence_Check || tp_iter: what iter() accepts (check_args_iterable, LIST_EXTEND's test). */
    static boolean isIterable(PyRuntime rt, PyObject o) {
        if (o instanceof ListObject || o instanceof TupleObject || o instanceof DictObject || o instanceof SetObject
                || o instanceof AtomObject a && (a.isStr() || a.value() instanceof byte[])) {
            return true;
        }
        if (o.type() == Iteration.RANGE || Iteration.isIterator(rt, o) || Generators.isGenerator(o)) {
            return true;
        }
        return o.type() instanceof ClassObject
                && (Ops.typeLookupUser(rt, o.type(), "__iter__") != null || Ops.typeLookupUser(rt, o.type(), "__getitem__") != null)
                || o instanceof GenericObject g && g.payload() instanceof Views.Kind;
    }

    /** PyDict_Check or an attribute "keys" (what PyDict_Update accepts). */
    private static boolean isMapping(PyRuntime rt, PyObject o) {
        if (o instanceof DictObject) {
            return true;
        }
        PyObject keys = Ops.getAttrOrNull(rt, o, "keys");
        if (keys == null) {
            return false;
        }
        rt.heap.decref(keys);
        return true;
    }

    /** check_args_iterable: "f() argument after * must be an iterable, not T". */
    static PyException notIterableInCall(PyRuntime rt, PyObject callee, PyObject iterable) {
        return rt.raise(ExceptionTypes.TYPE_ERROR, describeCallee(rt, callee) + " argument after * must be an iterable, not "
                + Ops.typeName(iterable));
    }

    /**
     * How argument errors of CALL_FUNCTION_EX name the callee. 3.9+ {@code _PyObject_FunctionStr}:
     * "module.qualname()" ("print()" for builtins); 3.8 {@code PyEval_GetFuncName} +
     * {@code PyEval_GetFuncDesc}: "name()" for functions and methods, "T object" for anything else.
     */
    static String describeCallee(PyRuntime rt, PyObject callee) {
        boolean v38 = rt.policy.minor() == 8;
        PyObject fn = callee instanceof MethodObject m ? m.function() : callee;
        if (fn instanceof FunctionObject f && f.code() instanceof Code c) {
            if (v38) {
                return c.name + "()";
            }
            PyObject module = f.globals() == null ? null : rt.heap.getItemStr(f.globals(), "__name__");
            String mod = module instanceof AtomObject a && a.isStr() ? a.asString() : null;
            return (mod == null || mod.equals("builtins") ? "" : mod + ".") + c.qualname + "()";
        }
        if (fn instanceof GenericObject g && g.payload() instanceof org.heapsim.heap.NativeFunction) {
            return g.name() + "()";
        }
        if (fn instanceof GenericObject g && g.payload() instanceof BuiltinMethods.Bound b) {
            return v38 ? b.descriptor().name() + "()" : b.descriptor().owner().name() + "." + b.descriptor().name() + "()";
        }
        if (fn instanceof PyType t) {
            if (v38) {
                return "type object";
            }
            return (t instanceof StaticType ? "" : "__main__.") + t.name() + "()";
        }
        return v38 ? Ops.typeName(callee) + " object" : Ops.reprOf(rt, callee);
    }

    /** "keywords must be strings" (3.8 prefixes the callee). */
    static PyException keywordsMustBeStrings(PyRuntime rt, PyObject callee) {
        return rt.raise(ExceptionTypes.TYPE_ERROR, rt.policy.minor() == 8 ? describeCallee(rt, callee) + " keywords must be strings"
                : "keywords must be strings");
    }
}
