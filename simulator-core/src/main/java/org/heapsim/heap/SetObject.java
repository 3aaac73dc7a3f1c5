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
    boolean add(KeyOps ops, PyObject key) {
        long hash = ops.hash(key);
        if (findSlot(ops, key, hash) >= 0) {
            return false;
        }
        int mask = table.length - 1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (table[j] == null) {
                    table[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    if (fill * 5L >= mask * 3L) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** set_discard_entry: marks the slot dummy and returns the key for the caller to release. */
    PyObject discard(KeyOps ops, PyObject key) {
        int slot = findSlot(ops, key, ops.hash(key));
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
