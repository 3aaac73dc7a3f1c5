package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * dict(), and the methods of dict ({@code Objects/dictobject.c}) with CPython's order of
 * stores and releases: a replaced value is released during the store, a popped key inside the
 * call and its value when the caller drops it; update() from a dict, from a mapping with
 * keys() or from an iterable of pairs (PyDict_MergeFromSeq2), then keywords.
 */
final class DictMethods {
    private DictMethods() {
    }

    static void install(BuiltinMethods m) {
        m.define(Types.DICT, "get", (rt, self, a, kw) -> {
            Arity.clinic(rt, "get", a, kw, 1, 2);
            PyObject v = rt.heap.getItem((DictObject) self, a[0]);
            if (v == null) {
                v = a.length > 1 ? a[1] : rt.heap.none();
            }
            rt.heap.incref(v);
            return v;
        });
        m.define(Types.DICT, "keys", (rt, self, a, kw) -> {
            Arity.none(rt, "dict", "keys", a, kw);
            return Views.of(rt, (DictObject) self, Views.Kind.KEYS);
        });
        m.define(Types.DICT, "values", (rt, self, a, kw) -> {
            Arity.none(rt, "dict", "values", a, kw);
            return Views.of(rt, (DictObject) self, Views.Kind.VALUES);
        });
        m.define(Types.DICT, "items", (rt, self, a, kw) -> {
            Arity.none(rt, "dict", "items", a, kw);
            return Views.of(rt, (DictObject) self, Views.Kind.ITEMS);
        });
        m.define(Types.DICT, "pop", (rt, self, a, kw) -> {
            Arity.clinic(rt, "pop", a, kw, 1, 2);
            return pop(rt, (DictObject) self, a[0], a.length > 1 ? a[1] : null);
        });
        m.define(Types.DICT, "popitem", (rt, self, a, kw) -> {
            Arity.none(rt, "dict", "popitem", a, kw);
            return popitem(rt, (DictObject) self);
        });
        m.define(Types.DICT, "setdefault", (rt, self, a, kw) -> {
            Arity.clinic(rt, "setdefault", a, kw, 1, 2);
            // PyDict_SetDefault: one lookup; a missing key gets the default stored
            DictObject d = (DictObject) self;
            long hash = rt.heap.keyOps().hash(a[0]);
            int slot = d.findKnownHash(rt.heap.keyOps(), a[0], hash);
            PyObject v;
            if (slot >= 0) {
                v = d.valueAt(slot);
            } else {
                v = a.length > 1 ? a[1] : rt.heap.none();
                rt.heap.setItemKnownHash(d, a[0], hash, v);
            }
            rt.heap.incref(v);
            return v;
        });
        m.define(Types.DICT, "update", (rt, self, a, kw) -> {
            ArgsTuple call = ArgsTuple.enter(rt, "dict.update", a, kw);
            try {
                int nkw = kw == null ? 0 : kw.length;
                if (a.length - nkw > 1) {
                    throw rt.raise(ExceptionTypes.TYPE_ERROR, "update expected at most 1 argument, got " + (a.length - nkw));
                }
                update(rt, (DictObject) self, a, kw);
            } finally {
                call.exit();
            }
            return null;
        });
        m.define(Types.DICT, "__init__", (rt, self, a, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (a.length - nkw > 1) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "dict expected at most 1 argument, got " + (a.length - nkw));
            }
            update(rt, (DictObject) self, a, kw);
            return null;
        });
        m.define(Types.DICT, "clear", (rt, self, a, kw) -> {
            Arity.none(rt, "dict", "clear", a, kw);
            rt.heap.clearDict((DictObject) self);
            return null;
        });
        m.define(Types.DICT, "copy", (rt, self, a, kw) -> {
            Arity.none(rt, "dict", "copy", a, kw);
            DictObject d = rt.heap.newDict();
            merge(rt, d, (DictObject) self);
            return d;
        });
    }

    private static void noKeywords(PyRuntime rt, String name, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, name + "() takes no keyword arguments");
        }
    }

    /** dict(...): a new dict, then dict_update_arg of the positional argument, then the keywords in order. */
    static PyObject construct(PyRuntime rt, PyObject[] args, String[] kwNames) {
        int nkw = kwNames == null ? 0 : kwNames.length;
        if (args.length - nkw > 1) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "dict expected at most 1 argument, got " + (args.length - nkw));
        }
        DictObject d = rt.heap.newDictFromType(); // dict_new: tp_alloc, not the free list
        try {
            update(rt, d, args, kwNames);
        } catch (PyException e) {
            rt.heap.decref(d);
            throw e;
        }
        return d;
    }

    /** dict_update_common: the positional argument (if any), then the keywords. */
    static void update(PyRuntime rt, DictObject d, PyObject[] args, String[] kwNames) {
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        if (npos == 1) {
            updateArg(rt, d, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            rt.heap.setItemStr(d, kwNames[i], args[npos + i]);
        }
    }

    /** dict_update_arg: a dict is merged, an object with keys() merged through it, anything else taken as pairs. */
    static void updateArg(PyRuntime rt, DictObject d, PyObject arg) {
        if (arg instanceof DictObject src && (src.type() == Types.DICT || Ops.typeLookupUser(rt, src.type(), "__iter__") == null)) {
            merge(rt, d, src);
            return;
        }
        PyObject keysMethod = Ops.getAttrOrNull(rt, arg, "keys");
        if (keysMethod != null) {
            rt.heap.decref(keysMethod);
            mergeMapping(rt, d, arg);
            return;
        }
        mergeFromSeq2(rt, d, arg);
    }

    /** PyDict_Merge of a dict: its entries in order, each stored with override. */
    static void merge(PyRuntime rt, DictObject d, DictObject src) {
        Heap heap = rt.heap;
        for (int i = 0; i < src.entrySlots(); i++) {
            PyObject k = src.keyAt(i);
            if (k == null) {
                continue;
            }
            PyObject v = src.valueAt(i);
            heap.incref(k);
            heap.incref(v);
            heap.setItemKnownHash(d, k, heap.dictHashAt(src, i), v);
            heap.decref(v);
            heap.decref(k);
        }
    }

    /** PyDict_Merge of another mapping: keys() listed, then b[key] for each, stored, key and value released. */
    private static void mergeMapping(PyRuntime rt, DictObject d, PyObject b) {
        Heap heap = rt.heap;
        PyObject keys = Ops.getAttr(rt, b, "keys");
        PyObject keyList;
        try {
            keyList = rt.vm.call(keys, new PyObject[0]);
        } finally {
            heap.decref(keys);
        }
        PyObject it;
        try {
            it = Iteration.iter(rt, keyList);
        } finally {
            heap.decref(keyList);
        }
        try {
            for (PyObject k = Iteration.next(rt, it); k != null; k = Iteration.next(rt, it)) {
                try {
                    PyObject v = Subscripts.get(rt, b, k);
                    try {
                        PyKeys.checkHashable(rt, k);
                        heap.setItem(d, k, v);
                    } finally {
                        heap.decref(v);
                    }
                } finally {
                    heap.decref(k);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /** PyDict_MergeFromSeq2: each item must be a 2-sequence (key, value). */
    private static void mergeFromSeq2(PyRuntime rt, DictObject d, PyObject seq) {
        Heap heap = rt.heap;
        PyObject it = Iteration.iter(rt, seq);
        try {
            for (int i = 0; ; i++) {
                PyObject item = Iteration.next(rt, it);
                if (item == null) {
                    break;
                }
                try {
                    PyObject fast;
                    if (item instanceof ListObject || item instanceof TupleObject) {
                        heap.incref(item);
                        fast = item;
                    } else {
                        try {
                            List<PyObject> parts = Iteration.toList(rt, item);
                            fast = heap.newTupleOwned(parts.toArray(new PyObject[0]));
                        } catch (PyException e) {
                            if (e.value().type().isSubtypeOf(ExceptionTypes.TYPE_ERROR)) {
                                heap.decref(e.value());
                                throw rt.raise(ExceptionTypes.TYPE_ERROR,
                                        "cannot convert dictionary update sequence element #" + i + " to a sequence");
                            }
                            throw e;
                        }
                    }
                    try {
                        int n = (int) Ops.lengthOf(rt, fast);
                        if (n != 2) {
                            throw rt.raise(ExceptionTypes.VALUE_ERROR,
                                    "dictionary update sequence element #" + i + " has length " + n + "; 2 is required");
                        }
                        PyObject key = Subscripts.item(fast, 0);
                        PyObject value = Subscripts.item(fast, 1);
                        heap.incref(key);
                        heap.incref(value);
                        try {
                            PyKeys.checkHashable(rt, key);
                            heap.setItem(d, key, value);
                        } finally {
                            heap.decref(key);
                            heap.decref(value);
                        }
                    } finally {
                        heap.decref(fast);
                    }
                } finally {
                    heap.decref(item);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /** dict.pop (_PyDict_Pop): one lookup; the stored key is released here, the value goes to the caller. */
    static PyObject pop(PyRuntime rt, DictObject d, PyObject key, PyObject dflt) {
        int slot = d.size() == 0 ? -1 : d.find(rt.heap.keyOps(), key);
        if (slot < 0) {
            if (d.size() == 0) {
                PyKeys.checkHashable(rt, key);
            }
            if (dflt != null) {
                rt.heap.incref(dflt);
                return dflt;
            }
            throw rt.raised(Subscripts.keyError(rt, key));
        }
        PyObject[] kv = rt.heap.dictTakeSlot(d, slot);
        rt.heap.decref(kv[0]);
        return kv[1];
    }

    /**
     * dict.popitem: the result tuple is allocated first (before the emptiness check), then the
     * last entry moves into it.
     */
    static PyObject popitem(PyRuntime rt, DictObject d) {
        Heap heap = rt.heap;
        TupleObject res = heap.newTupleOwned(new PyObject[2]);
        if (d.size() == 0) {
            heap.decref(res);
            throw rt.raise(ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
        }
        int i = d.entrySlots() - 1;
        while (i >= 0 && d.keyAt(i) == null) {
            i--;
        }
        PyObject[] kv = heap.dictTakeSlot(d, i);
        heap.tupleReplace(res, 0, kv[0]);
        heap.tupleReplace(res, 1, kv[1]);
        return res;
    }

    static boolean isPlainDict(PyObject o) {
        return o instanceof DictObject && !(o.type() instanceof ClassObject);
    }
}
