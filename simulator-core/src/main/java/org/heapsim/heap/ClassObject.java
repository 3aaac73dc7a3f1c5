package org.heapsim.heap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A class (a heap type, {@code PyHeapTypeObject}). It is always in a reference cycle: its
 * {@code __mro__} tuple contains it, and the {@code __dict__}/{@code __weakref__} getset
 * descriptors in its dict point back at it (cpython-semantics.md §1.8).
 */
public final class ClassObject extends PyType {
    /** SHARED_KEYS_MAX_SIZE: a 31st attribute name turns instances to real dicts (3.11+). */
    static final int SHARED_KEYS_MAX = 30;

    private final String name;
    /** ht_qualname: the body's {@code __qualname__} (type_new takes it out of the dict), else the name. */
    private String qualname;
    PyType base;
    TupleObject bases;
    TupleObject mroTuple;
    DictObject dict;
    private final List<PyType> mro;
    /** The slots this class declares, mangled and sorted (type_new sorts them). */
    private final List<String> slotNames;
    /** Offset of this class's first slot in an instance's slot array. */
    final int slotOffset;
    final boolean instancesHaveDict;
    final boolean instancesHaveWeakrefs;
    private boolean hasFinalizer;
    /** The shared-key table of 3.11+ ({@code ht_cached_keys}): attribute names in first-use order. */
    private final List<String> sharedKeys = new ArrayList<>();
    /** builtinBase(), computed once (the base chain never changes). */
    private PyType builtinBase;
    /** Every slot name of the layout (this class's and its bases') to its index, searched as {@link #slotIndex} does. */
    private final java.util.Map<String, Integer> slotIndexes;
    /** The interpreter's attribute-lookup cache for this class (it checks its own validity); null until first used. */
    private Object lookupCache;

    ClassObject(String name, PyType base, List<PyType> mroWithoutSelf, List<String> slotNames,
                boolean instancesHaveDict, boolean instancesHaveWeakrefs, boolean hasFinalizer) {
        super(Types.TYPE);
        this.name = name;
        this.qualname = name;
        this.base = base;
        List<PyType> m = new ArrayList<>();
        m.add(this);
        m.addAll(mroWithoutSelf);
        this.mro = Collections.unmodifiableList(m);
        List<String> sorted = new ArrayList<>(slotNames);
        Collections.sort(sorted);
        this.slotNames = List.copyOf(sorted);
        this.slotOffset = base instanceof ClassObject c ? c.slotCount() : 0;
        this.instancesHaveDict = instancesHaveDict;
        this.instancesHaveWeakrefs = instancesHaveWeakrefs;
        this.hasFinalizer = hasFinalizer;
        java.util.Map<String, Integer> indexes = new java.util.HashMap<>();
        for (PyType t = this; t instanceof ClassObject c; t = c.base) {
            for (int i = 0; i < c.slotNames.size(); i++) {
                indexes.putIfAbsent(c.slotNames.get(i), c.slotOffset + i);
            }
        }
        this.slotIndexes = indexes.isEmpty() ? java.util.Map.of() : indexes;
    }

    @Override
    public PyType builtinBase() {
        PyType b = builtinBase;
        if (b == null) {
            b = super.builtinBase();
            builtinBase = b;
        }
        return b;
    }

    @Override
    public String name() {
        return name;
    }

    /** {@code __bases__} (null until type_new has set it). */
    public TupleObject basesTuple() {
        return bases;
    }

    public String qualname() {
        return qualname;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    @Override
    public PyType base() {
        return base;
    }

    @Override
    public List<PyType> mro() {
        return mro;
    }

    public DictObject dict() {
        return dict;
    }

    public Object lookupCache() {
        return lookupCache;
    }

    public void setLookupCache(Object cache) {
        lookupCache = cache;
    }

    @Override
    public boolean instancesAreGc() {
        return true; // heap types always get a GC header (type_new adds Py_TPFLAGS_HAVE_GC)
    }

    @Override
    public boolean instancesAreWeakReferenceable() {
        return instancesHaveWeakrefs;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    /** tp_finalize: the class or a base defines {@code __del__}. */
    public boolean hasFinalizer() {
        return hasFinalizer;
    }

    public void setHasFinalizer(boolean value) {
        hasFinalizer = value;
    }

    public List<String> declaredSlots() {
        return slotNames;
    }

    /** Total slots in an instance layout: the bases' and this class's. */
    public int slotCount() {
        return slotOffset + slotNames.size();
    }

    /** The index of a slot name in an instance's slot array, searching this class then its bases. */
    public int slotIndex(String slot) {
        if (slotIndexes.isEmpty()) {
            return -1;
        }
        Integer i = slotIndexes.get(slot);
        return i == null ? -1 : i;
    }

    /** The shared-key index of name, adding it if the table has room; -1 when full. */
    int sharedKeyIndex(String attr, boolean add) {
        int i = sharedKeys.indexOf(attr);
        if (i >= 0 || !add) {
            return i;
        }
        if (sharedKeys.size() >= SHARED_KEYS_MAX) {
            return -1;
        }
        sharedKeys.add(attr);
        return sharedKeys.size() - 1;
    }

    int sharedKeyCount() {
        return sharedKeys.size();
    }

    public List<String> sharedKeys() {
        return Collections.unmodifiableList(sharedKeys);
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        // type_traverse: tp_dict, tp_cache, tp_mro, tp_bases, tp_base
        if (dict != null) {
            visitor.visit(dict);
        }
        if (mroTuple != null) {
            visitor.visit(mroTuple);
        }
        if (bases != null) {
            visitor.visit(bases);
        }
        if (base instanceof ClassObject) {
            visitor.visit(base);
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        // type_dealloc: tp_base, tp_dict, tp_bases, tp_mro (weakrefs were cleared first)
        PyType b = base;
        DictObject d = dict;
        TupleObject bs = bases;
        TupleObject m = mroTuple;
        dict = null;
        bases = null;
        mroTuple = null;
        heap.typeModified();
        if (b instanceof ClassObject) {
            heap.decref(b);
        }
        if (d != null) {
            heap.decref(d);
        }
        if (bs != null) {
            heap.decref(bs);
        }
        if (m != null) {
            heap.decref(m);
        }
    }

    @Override
    protected void clear(Heap heap) {
        // type_clear: empty the class dict, then drop tp_mro (the tuple holding the class itself)
        if (dict != null) {
            heap.clearDict(dict);
        }
        heap.typeModified();
        TupleObject m = mroTuple;
        mroTuple = null;
        if (m != null) {
            heap.decref(m);
        }
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public String label() {
        return "class " + name + "#" + serial;
    }
}
