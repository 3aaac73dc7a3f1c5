package org.heapsim.heap;

import java.util.ArrayList;
import java.util.List;

/** Class creation ({@code type_new}): the class dict, descriptors, {@code __bases__}, {@code __mro__}. */
final class ClassFactory {
    private ClassFactory() {
    }

    /**
     * A class ({@code type_new}): its dict holds {@code __module__}, then any extra entries
     * given, member descriptors for its slots, and the {@code __dict__}/{@code __weakref__}
     * getset descriptors when the class introduces them, then {@code __doc__}; plus the
     * {@code __bases__} and {@code __mro__} tuples. Returns a new reference.
     *
     * @param slots null for a class without {@code __slots__}; otherwise the declared names
     *              (already mangled); {@code __dict__} and {@code __weakref__} among them
     *              enable those features
     */
    static ClassObject newClass(Heap heap, String name, List<PyType> bases, List<String> slots, boolean hasDel) {
        return newClass(heap, name, bases, slots, hasDel, null);
    }

    /**
     * As CPython's type_new: the class dict is a copy of the body's namespace (in its order,
     * without {@code __qualname__} and {@code __classcell__}), then the slots' member
     * descriptors, the {@code __dict__}/{@code __weakref__} getsets, and {@code __doc__} if
     * the body set none.
     */
    static ClassObject newClass(Heap heap, String name, List<PyType> bases, List<String> slots, boolean hasDel,
                                DictObject namespace) {
        return newClass(heap, name, bases, slots, hasDel, namespace, null);
    }

    /**
     * As above, in CPython's allocation order (measured with gc.get_objects on 3.8-3.13): the
     * bases tuple first ({@code __build_class__}'s, given as basesTuple and borrowed, or type_new's
     * {@code (object,)}), then the dict copy, then the type object, then the {@code __mro__}
     * tuple.
     */
    static ClassObject newClass(Heap heap, String name, List<PyType> bases, List<String> slots, boolean hasDel,
                                DictObject namespace, TupleObject basesTuple) {
        List<PyType> bs = bases.isEmpty() ? List.of(Types.OBJECT) : bases;
        PyType base = bs.get(0);
        boolean baseHasDict = hasInstanceDict(base);
        boolean baseWeak = base.instancesAreWeakReferenceable();
        List<String> memberSlots = new ArrayList<>();
        boolean wantsDict = slots == null;
        boolean wantsWeak = slots == null;
        if (slots != null) {
            for (String s : slots) {
                // type_new's slot checks: a second __dict__/__weakref__, or one the base already has
                if (s.equals("__dict__")) {
                    if (wantsDict || baseHasDict) {
                        throw new IllegalArgumentException("__dict__ slot disallowed: we already got one");
                    }
                    wantsDict = true;
                } else if (s.equals("__weakref__")) {
                    if (wantsWeak || baseWeak) {
                        throw new IllegalArgumentException(heap.policy().weakrefSlotDuplicateMessage());
                    }
                    wantsWeak = true;
                } else {
                    memberSlots.add(s);
                }
            }
        }
        boolean introducesDict = wantsDict && !baseHasDict;
        boolean introducesWeak = wantsWeak && !baseWeak && weakrefsAllowed(base);
        List<PyType> mro = linearize(bs);
        boolean finalizer = hasDel;
        for (PyType t : mro) {
            if (t instanceof ClassObject c && c.hasFinalizer()) {
                finalizer = true;
            }
        }
        TupleObject basesT;
        if (basesTuple != null) {
            heap.incref(basesTuple);
            basesT = basesTuple;
        } else {
            basesT = heap.newTuple(bs);
        }
        DictObject dict = heap.newDict();
        if (namespace == null) {
            heap.setItemStr(dict, "__module__", heap.intern("__main__"));
        } else {
            for (int i = 0; i < namespace.entrySlots(); i++) {
                PyObject k = namespace.keyAt(i);
                if (k == null || (k instanceof AtomObject a && a.isStr()
                        && (a.asString().equals("__qualname__") || a.asString().equals("__classcell__")))) {
                    continue;
                }
                heap.setItem(dict, k, namespace.valueAt(i));
            }
        }
        ClassObject cls = heap.register(new ClassObject(name, base, mro, memberSlots,
                introducesDict || baseHasDict, introducesWeak || baseWeak, finalizer));
        if (base instanceof ClassObject) {
            heap.incref(base);
        }
        cls.dict = dict;
        dict.markTypeDict(heap);
        heap.typeModified();
        cls.bases = basesT;
        for (String s : cls.declaredSlots()) {
            addDescriptor(heap, cls, s, "member_descriptor");
        }
        if (introducesDict) {
            addDescriptor(heap, cls, "__dict__", "getset_descriptor");
        }
        if (introducesWeak) {
            addDescriptor(heap, cls, "__weakref__", "getset_descriptor");
        }
        if (heap.getItemStr(dict, "__doc__") == null) {
            heap.setItemStr(dict, "__doc__", heap.none());
        }
        List<PyObject> mroItems = new ArrayList<>();
        mroItems.add(cls);
        mroItems.addAll(mro);
        cls.mroTuple = heap.newTuple(mroItems);
        return cls;
    }

    static boolean hasInstanceDict(PyType t) {
        if (t instanceof ClassObject c) {
            return c.instancesHaveDict();
        }
        return t.isSubtypeOf(Types.BASE_EXCEPTION) || t == Types.FUNCTION || t == Types.MODULE || t == Types.TYPE;
    }

    /** Variable-size built-ins (int, tuple, bytes) cannot get a weakref slot. */
    static boolean weakrefsAllowed(PyType base) {
        PyType b = base.builtinBase();
        return b != Types.INT && b != Types.TUPLE && b != Types.BYTES && b != Types.BOOL;
    }

    static void addDescriptor(Heap heap, ClassObject cls, String attr, String kind) {
        GenericObject d = heap.newGeneric(Types.GETSET_DESCRIPTOR, GenericObject.Shape.DESCRIPTOR, attr, kind);
        heap.incref(cls);
        d.fields[0] = cls;
        heap.setItemStr(cls.dict, attr, d);
        heap.decref(d);
    }

    /** C3 linearization of the bases' MROs (mro_internal); falls back to depth-first on conflict. */
    static List<PyType> linearize(List<PyType> bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(b.mro()));
        }
        seqs.add(new ArrayList<>(bases));
        List<PyType> result = new ArrayList<>();
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return result;
            }
            PyType candidate = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                boolean inTail = false;
                for (List<PyType> other : seqs) {
                    if (other.indexOf(head) > 0) {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                throw new IllegalArgumentException("Cannot create a consistent method resolution order (MRO)");
            }
            result.add(candidate);
            for (List<PyType> s : seqs) {
                if (!s.isEmpty() && s.get(0) == candidate) {
                    s.remove(0);
                }
            }
        }
    }
}
