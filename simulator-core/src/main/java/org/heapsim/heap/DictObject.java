package org.heapsim.heap;

import java.util.Arrays;

/**
 * A dict: {@code Objects/dictobject.c}. A compact table: entries in insertion order (a
 * deleted entry leaves a hole until the next resize), and an open-addressing index over them.
 * Created untracked; tracked as soon as a key or value that may be tracked is stored
 * (MAINTAIN_TRACKING); untracked again only by a full collection (_PyDict_MaybeUntrack).
 */
public final class DictObject extends PyObject {
    private PyObject[] keys = new PyObject[8];
    private PyObject[] values = new PyObject[8];
    private long[] hashes = new long[8];
    private int entries; // used entries, holes included
    private int used;    // live entries
    private int[] index = new int[16]; // entry number + 1, 0 empty, -1 deleted
    /** All keys are exact str: tp_traverse then visits the values only (DK_IS_UNICODE). */
    private boolean unicodeKeys = true;
    /** The heap whose type epoch this dict's changes move, when it is a class's {@code __dict__}; else null. */
    private Heap typeOwner;
    /**
     * 3.11+: an instance's materialized {@code __dict__} is a split table sharing its class's
     * keys: iterated in insertion order but its values live in the shared-key order, which is
     * the order dict_dealloc and PyDict_Clear release them in (measured on 3.11-3.13). New
     * str keys join the class's shared keys; null for an ordinary (combined) dict.
     */
    private ClassObject splitOwner;

    DictObject(PyType type) {
        super(type);
    }

    @Override
    public boolean tracksAtCreation() {
        return false;
    }

    public int size() {
        return used;
    }

    /** Makes this dict a class's {@code __dict__}: each change of it moves the heap's {@link Heap#typeEpoch()}. */
    void markTypeDict(Heap heap) {
        typeOwner = heap;
    }

    private void changed() {
        if (typeOwner != null) {
            typeOwner.typeModified();
        }
    }

    /** Entry slot numbers from 0 to {@link #entrySlots()}-1; a slot may be a hole (key null). */
    public int entrySlots() {
        return entries;
    }

    public PyObject keyAt(int slot) {
        return keys[slot];
    }

    long hashAt(int slot) {
        return hashes[slot];
    }

    public PyObject valueAt(int slot) {
        return values[slot];
    }

    /** The entry slot holding key, or -1. */
    public int find(KeyOps ops, PyObject key) {
        return find(ops, key, ops.hash(key));
    }

    private int find(KeyOps ops, PyObject key, long hash) {
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (true) {
            int ix = index[i];
            if (ix == 0) {
                return -1;
            }
            if (ix > 0) {
                int e = ix - 1;
                if (hashes[e] == hash && ops.equal(keys[e], key)) {
                    return e;
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
    }

    public PyObject get(KeyOps ops, PyObject key) {
        int e = find(ops, key);
        return e < 0 ? null : values[e];
    }

    /**
     * insertdict: if the key is present the old value is replaced and returned (the caller
     * releases it; the probe key is not stored); otherwise both references are stored and
     * null returned. Takes ownership of key and value only when stored.
     */
    Object put(KeyOps ops, PyObject key, PyObject value) {
        return put(ops, key, ops.hash(key), value);
    }

    /** The entry slot holding key, given its hash (no __hash__ call), or -1. */
    public int findKnownHash(KeyOps ops, PyObject key, long hash) {
        return find(ops, key, hash);
    }

    /** insertdict with the hash already known (dict_merge, PyDict_SetDefault). */
    Object put(KeyOps ops, PyObject key, long hash, PyObject value) {
        int e = find(ops, key, hash);
        changed();
        if (e >= 0) {
            PyObject old = values[e];
            values[e] = value;
            return old;
        }
        if (entries == keys.length) {
            grow();
        }
        keys[entries] = key;
        values[entries] = value;
        hashes[entries] = hash;
        insertIndex(hash, entries);
        entries++;
        used++;
        if (!(key instanceof AtomObject a && a.isStr())) {
            unicodeKeys = false;
            splitOwner = null;
        } else if (splitOwner != null && splitOwner.sharedKeyIndex(a.asString(), true) < 0) {
            splitOwner = null; // the shared keys are full: the dict becomes a combined table
        }
        return NEW_ENTRY;
    }

    static final Object NEW_ENTRY = new Object();

    /** Removes the entry at slot, leaving a hole; returns {key, value} for the caller to release. */
    PyObject[] removeAt(int slot) {
        PyObject[] kv = {keys[slot], values[slot]};
        changed();
        keys[slot] = null;
        values[slot] = null;
        int mask = index.length - 1;
        for (int i = 0; i <= mask; i++) {
            if (index[i] == slot + 1) {
                index[i] = -1;
                break;
            }
        }
        used--;
        return kv;
    }

    private void insertIndex(long hash, int entry) {
        if ((entries + 1) * 3 >= index.length * 2) {
            rebuildIndex(index.length * 2);
        }
        int mask = index.length - 1;
        int i = (int) (hash & mask);
        long perturb = hash;
        while (index[i] > 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + perturb + 1) & mask);
        }
        index[i] = entry + 1;
    }

    private void grow() {
        compact();
        if (entries == keys.length) {
            int n = keys.length * 2;
            keys = Arrays.copyOf(keys, n);
            values = Arrays.copyOf(values, n);
            hashes = Arrays.copyOf(hashes, n);
        }
    }

    /** Drops holes, as a resize does (dictresize copies live entries in order). */
    private void compact() {
        if (used == entries) {
            return;
        }
        int j = 0;
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null) {
                keys[j] = keys[i];
                values[j] = values[i];
                hashes[j] = hashes[i];
                j++;
            }
        }
        Arrays.fill(keys, j, entries, null);
        Arrays.fill(values, j, entries, null);
        entries = j;
        rebuildIndex(index.length);
    }

    private void rebuildIndex(int size) {
        index = new int[size];
        int mask = size - 1;
        for (int e = 0; e < entries; e++) {
            if (keys[e] == null) {
                continue;
            }
            int i = (int) (hashes[e] & mask);
            long perturb = hashes[e];
            while (index[i] != 0) {
                perturb >>>= 5;
                i = (int) ((i * 5L + perturb + 1) & mask);
            }
            index[i] = e + 1;
        }
    }

    /** Makes this dict a split table sharing cls's keys (an instance dict materialized in 3.11+). */
    void makeSplit(ClassObject cls) {
        splitOwner = cls;
    }

    /**
     * Detaches all entries (PyDict_Clear) and returns them as key, value pairs in entry order
     * (a split table: in the shared-key order of its values).
     */
    PyObject[] detachAll() {
        PyObject[] kv = new PyObject[used * 2];
        int j = 0;
        if (splitOwner != null) {
            Integer[] order = new Integer[entries];
            for (int i = 0; i < entries; i++) {
                order[i] = i;
            }
            ClassObject owner = splitOwner;
            java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> keys[i] instanceof AtomObject a && a.isStr()
                    ? owner.sharedKeyIndex(a.asString(), false) : Integer.MAX_VALUE));
            for (int i : order) {
                if (keys[i] != null) {
                    kv[j++] = keys[i];
                    kv[j++] = values[i];
                }
            }
        } else {
            for (int i = 0; i < entries; i++) {
                if (keys[i] != null) {
                    kv[j++] = keys[i];
                    kv[j++] = values[i];
                }
            }
        }
        splitOwner = null;
        keys = new PyObject[8];
        values = new PyObject[8];
        hashes = new long[8];
        index = new int[16];
        changed();
        entries = 0;
        used = 0;
        unicodeKeys = true;
        return kv;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        // dict_traverse: str-keyed tables visit values only; others value, then key, per entry
        boolean visitKeys = !unicodeKeys || visitor instanceof AllReferences;
        PyObject[] ks = keys;
        PyObject[] vs = values;
        for (int i = 0; i < entries; i++) {
            if (ks[i] == null) {
                continue;
            }
            visitor.visit(vs[i]);
            if (visitKeys) {
                visitor.visit(ks[i]);
            }
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        // dict_dealloc -> free_keys_object: entry order, key then value
        PyObject[] kv = detachAll();
        for (PyObject o : kv) {
            heap.decref(o);
        }
    }

    @Override
    protected void clear(Heap heap) {
        releaseReferences(heap);
    }

    @Override
    protected boolean usesTrashcan() {
        return true;
    }

    /** _PyDict_MaybeUntrack: every key and value is atomic (or an untracked tuple). */
    boolean allUntrackable() {
        for (int i = 0; i < entries; i++) {
            if (keys[i] != null && (Heap.mayBeTracked(keys[i]) || Heap.mayBeTracked(values[i]))) {
                return false;
            }
        }
        return true;
    }
}
