package org.heapsim.heap;

/**
 * A set or frozenset: {@code Objects/setobject.c}. The hash table is reproduced exactly
 * (8 slots to start, LINEAR_PROBES 9 then perturbation, the resize rule), because iteration,
 * traversal and deallocation all go in slot order.
 */
public final class SetObject extends PyObject {
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    private static final int MINSIZE = 8;
    /** The dummy marking a deleted slot. */
    private static final PyObject DUMMY = new AtomObject(Types.NONE, "<dummy>");

    private PyObject[] table = new PyObject[MINSIZE];
    private long[] hashes = new long[MINSIZE];
    private int fill;
    private int used;
    /** set_pop's search finger: where the next pop starts looking. */
    private int finger;

    SetObject(PyType type) {
        super(type);
    }

    public int size() {
        return used;
    }

    public boolean isFrozen() {
        return type().isSubtypeOf(Types.FROZENSET);
    }

    /** Slot numbers 0..slots()-1; {@link #slotKey} is null for empty or deleted slots. */
    public int slots() {
        return table.length;
    }

    public PyObject slotKey(int i) {
        PyObject k = table[i];
        return k == DUMMY ? null : k;
    }

    public boolean contains(KeyOps ops, PyObject key) {
        return findSlot(ops, key, ops.hash(key)) >= 0;
    }

    /** set_contains_entry with a known hash. */
    boolean containsEntry(KeyOps ops, PyObject key, long hash) {
        return findSlot(ops, key, hash) >= 0;
    }

    /** The stored hash of a live slot. */
    public long slotHash(int i) {
        return hashes[i];
    }

    /** set_pop: the first live entry from the finger on (wrapping), marked dummy; its key goes to the caller, or null when empty. */
    PyObject pop() {
        if (used == 0) {
            return null;
        }
        int mask = table.length - 1;
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject key = table[i];
        table[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** set_swap_bodies: exchanges the tables (and counts) of two sets. */
    void swapTables(SetObject other) {
        PyObject[] t = table;
        long[] h = hashes;
        int f = fill;
        int u = used;
        table = other.table;
        hashes = other.hashes;
        fill = other.fill;
        used = other.used;
        other.table = t;
        other.hashes = h;
        other.fill = f;
        other.used = u;
    }

    private int findSlot(KeyOps ops, PyObject key, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                PyObject k = table[j];
                if (k == null) {
                    return -1;
                }
                if (k != DUMMY && hashes[j] == hash && ops.equal(k, key)) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_add_entry: returns true if stored (ownership taken), false if an equal key is present. */
    boolean add(KeyOps ops, PyObject key, boolean reuseDummy) {
        return addEntry(ops, key, ops.hash(key), reuseDummy);
    }

    /**
     * set_add_entry with a known hash. One probe sequence compares the key with entries of
     * equal hash (restarting if a comparison changed the table) and stops at the first empty
     * slot; 3.8 and 3.10+ then store into the first dummy met on the way if there was one
     * (reuseDummy), 3.9 always into the empty slot. Only a new slot counts towards fill and
     * may trigger a resize.
     */
    boolean addEntry(KeyOps ops, PyObject key, long hash, boolean reuseDummy) {
        restart:
        while (true) {
            PyObject[] t = table;
            int mask = t.length - 1;
            long perturb = hash;
            int i = (int) (hash & mask);
            int freeslot = -1;
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                int j = i;
                do {
                    PyObject k = t[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            table[freeslot] = key;
                            hashes[freeslot] = hash;
                            used++;
                            return true;
                        }
                        table[j] = key;
                        hashes[j] = hash;
                        fill++;
                        used++;
                        if (fill * 5L >= mask * 3L) {
                            resize(used > 50000 ? used * 2 : used * 4);
                        }
                        return true;
                    }
                    if (k != DUMMY && hashes[j] == hash) {
                        if (k == key) {
                            return false;
                        }
                        boolean eq = ops.equal(k, key);
                        if (eq) {
                            return false;
                        }
                        if (table != t || t[j] != k) {
                            continue restart;
                        }
                    } else if (k == DUMMY && reuseDummy && freeslot < 0) {
                        freeslot = j;
                    }
                    j++;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /**
     * set_merge of another set's entries (their stored hashes, no __hash__ calls): one resize
     * up front; an empty table of the same size without dummies copies the slots; an empty
     * table inserts clean in the other's slot order; otherwise set_add_entry for each. Returns
     * the keys stored (the caller takes their references).
     */
    java.util.List<PyObject> merge(KeyOps ops, SetObject other, boolean reuseDummy) {
        java.util.List<PyObject> stored = new java.util.ArrayList<>();
        if (other == this || other.used == 0) {
            return stored;
        }
        int mask = table.length - 1;
        if ((fill + other.used) * 5L >= mask * 3L) {
            resize((used + other.used) * 2);
            mask = table.length - 1;
        }
        if (fill == 0 && mask == other.table.length - 1 && other.fill == other.used) {
            for (int i = 0; i <= mask; i++) {
                PyObject k = other.table[i];
                if (k != null) {
                    table[i] = k;
                    hashes[i] = other.hashes[i];
                    stored.add(k);
                }
            }
            fill = other.fill;
            used = other.used;
            return stored;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i < other.table.length; i++) {
                PyObject k = other.table[i];
                if (k != null && k != DUMMY) {
                    insertClean(k, other.hashes[i]);
                    stored.add(k);
                }
            }
            return stored;
        }
        PyObject[] ot = other.table.clone();
        long[] oh = other.hashes.clone();
        for (int i = 0; i < ot.length; i++) {
            if (ot[i] != null && ot[i] != DUMMY && addEntry(ops, ot[i], oh[i], reuseDummy)) {
                stored.add(ot[i]);
            }
        }
        return stored;
    }

    /** set_update_internal's up-front resize for n incoming entries (a dict's). */
    void reserve(int n) {
        int mask = table.length - 1;
        if ((fill + n) * 5L >= mask * 3L) {
            resize((used + n) * 2);
        }
    }

    /** set_discard_entry: marks the slot dummy and returns the key for the caller to release. */
    PyObject discard(KeyOps ops, PyObject key) {
        return discard(ops, key, ops.hash(key));
    }

    /** set_discard_entry with a known hash. */
    PyObject discard(KeyOps ops, PyObject key, long hash) {
        int slot = findSlot(ops, key, hash);
        if (slot < 0) {
            return null;
        }
        PyObject old = table[slot];
        table[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return old;
    }

    private void resize(int minused) {
        int newsize = MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        PyObject[] oldTable = table;
        long[] oldHashes = hashes;
        table = new PyObject[newsize];
        hashes = new long[newsize];
        fill = used;
        for (int i = 0; i < oldTable.length; i++) {
            if (oldTable[i] != null && oldTable[i] != DUMMY) {
                insertClean(oldTable[i], oldHashes[i]);
            }
        }
    }

    /** set_insert_clean */
    private void insertClean(PyObject key, long hash) {
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == null) {
                table[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) {
                        table[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        for (PyObject k : table) {
            if (k != null && k != DUMMY) {
                visitor.visit(k);
            }
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        // set_dealloc / set_clear_internal: slot order, the table detached first
        PyObject[] old = table;
        table = new PyObject[MINSIZE];
        hashes = new long[MINSIZE];
        fill = 0;
        used = 0;
        for (PyObject k : old) {
            if (k != null && k != DUMMY) {
                heap.decref(k);
            }
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
}
