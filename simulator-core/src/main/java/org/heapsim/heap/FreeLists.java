package org.heapsim.heap;

import java.util.IdentityHashMap;
import java.util.Map;
import org.heapsim.version.VersionPolicy;

/**
 * CPython's free lists of GC objects, as counts: which allocations and deallocations do not
 * move generation 0's count because the object is recycled ({@code PyList_New}/{@code
 * list_dealloc}, {@code PyTuple_New}/{@code tupledealloc}, {@code new_dict}/{@code dict_dealloc},
 * {@code PySlice_New}/{@code slice_dealloc}, 3.8-3.10 {@code _PyFrame_New_NoTrack}/{@code
 * frame_dealloc} with a code object's zombie frame, 3.8 {@code PyMethod_New} and {@code
 * PyCFunction_NewEx}). Only exact built-in types are recycled: a subclass instance is allocated
 * with {@code PyType_GenericAlloc} and freed with {@code tp_free}. Everything else about the
 * object (tracking, serial, events) is as for a fresh one.
 *
 * <p>Owned by one {@link Heap}; off until {@link #start()} (heap traces run without free lists:
 * their counts start at zero and state only what the trace does). Sizes and start-up fills are
 * {@link VersionPolicy.FreeListSizes} (docs/freelists.md).
 */
public final class FreeLists {
    private final VersionPolicy.FreeListSizes sizes;
    private boolean enabled;
    private int lists;
    private int dicts;
    private final int[] tuples = new int[21];
    private int slices;
    private int frames;
    private int methods;
    private int builtinMethods;
    /** Code objects (their localsplus arrays) that have a zombie frame waiting (3.8-3.10). */
    private final Map<Object, Boolean> zombies = new IdentityHashMap<>();

    FreeLists(VersionPolicy policy) {
        this.sizes = policy.freeLists();
    }

    /** The state of a script's first statement: free lists filled as measured, no zombie frames. */
    public void start() {
        start(0);
    }

    /**
     * As {@link #start()} for a script whose compilation made codeObjects nested code objects:
     * CPython's compiler frees lists, dicts and tuples for each, which fill the free lists.
     */
    public void start(int codeObjects) {
        enabled = true;
        lists = sizes.startLists();
        dicts = sizes.startDicts();
        System.arraycopy(sizes.startTuples(), 0, tuples, 0, Math.min(tuples.length, sizes.startTuples().length));
        slices = sizes.startSlices();
        frames = sizes.startFrames();
        methods = sizes.startMethods();
        builtinMethods = sizes.startBuiltinMethods();
        zombies.clear();
        int n = codeObjects;
        if (n > 0) {
            lists = Math.min(sizes.lists(), Math.max(lists, sizes.unitLists() + 2 * n));
            dicts = Math.min(sizes.dicts(), sizes.unitDicts() + n);
            tuples[2] = Math.min(sizes.tuples(), Math.max(tuples[2], sizes.unitPairs() + 2 * n));
            tuples[3] = Math.min(sizes.tuples(), tuples[3] + sizes.unitTriples());
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** The fill of each free list, to put back with {@link #restore} (work CPython did before the script). */
    public int[] snapshot() {
        int[] s = new int[6 + tuples.length];
        s[0] = lists;
        s[1] = dicts;
        s[2] = slices;
        s[3] = frames;
        s[4] = methods;
        s[5] = builtinMethods;
        System.arraycopy(tuples, 0, s, 6, tuples.length);
        return s;
    }

    public void restore(int[] s) {
        lists = s[0];
        dicts = s[1];
        slices = s[2];
        frames = s[3];
        methods = s[4];
        builtinMethods = s[5];
        System.arraycopy(s, 6, tuples, 0, tuples.length);
    }

    /** How many objects each free list holds (for tests and docs): lists, dicts, slices, frames, methods, builtin methods, tuples by size. */
    public int[] fill() {
        return snapshot();
    }

    /**
     * An object is being allocated; counted says whether a fresh one would move generation
     * 0's count. Returns whether this allocation does: false when it is recycled.
     */
    boolean allocationCounts(PyObject o, boolean counted, boolean mayRecycle) {
        if (!enabled || !mayRecycle) {
            return counted;
        }
        PyType t = o.type();
        if (t == Types.LIST) {
            if (lists > 0) {
                lists--;
                return false;
            }
        } else if (t == Types.TUPLE) {
            int n = ((TupleObject) o).size();
            if (n <= sizes.tupleTakeMax() && tuples[n] > 0) {
                tuples[n]--;
                return false;
            }
        } else if (t == Types.DICT) {
            if (dicts > 0) {
                dicts--;
                return false;
            }
        } else if (t == Types.SLICE) {
            if (slices > 0) {
                slices--;
                return false;
            }
        } else if (t == Types.FRAME) {
            if (sizes.frames() == 0) {
                return counted;
            }
            Object code = ((FrameObject) o).code;
            if (code != null && zombies.remove(code) != null) {
                return false;
            }
            if (frames > 0) {
                frames--;
                return false;
            }
            return true; // a new frame object (PyObject_GC_NewVar)
        } else if (t == Types.METHOD) {
            if (methods > 0) {
                methods--;
                return false;
            }
        } else if (t == Types.BUILTIN_FUNCTION) {
            if (builtinMethods > 0) {
                builtinMethods--;
                return false;
            }
        }
        return counted;
    }

    /**
     * An object is being freed; counted says whether freeing a plain one moves generation 0's
     * count. Returns whether this one does: false when a free list keeps it.
     */
    boolean freeCounts(PyObject o, boolean counted) {
        if (!enabled) {
            return counted;
        }
        PyType t = o.type();
        if (t == Types.LIST) {
            if (lists < sizes.lists()) {
                lists++;
                return false;
            }
        } else if (t == Types.TUPLE) {
            int n = ((TupleObject) o).size();
            if (n >= 1 && n <= sizes.tupleKeepMax() && tuples[n] < sizes.tuples()) {
                tuples[n]++;
                return false;
            }
        } else if (t == Types.DICT) {
            if (dicts < sizes.dicts()) {
                dicts++;
                return false;
            }
        } else if (t == Types.SLICE) {
            if (slices < sizes.slices()) {
                slices++;
                return false;
            }
        } else if (t == Types.FRAME) {
            if (sizes.frames() == 0) {
                return counted;
            }
            Object code = ((FrameObject) o).code;
            if (code != null && !zombies.containsKey(code)) {
                zombies.put(code, Boolean.TRUE);
                return false;
            }
            if (frames < sizes.frames()) {
                frames++;
                return false;
            }
            return true; // PyObject_GC_Del
        } else if (t == Types.METHOD) {
            if (methods < sizes.methods()) {
                methods++;
                return false;
            }
        } else if (t == Types.BUILTIN_FUNCTION) {
            if (builtinMethods < sizes.builtinMethods()) {
                builtinMethods++;
                return false;
            }
        }
        return counted;
    }

    /**
     * A full collection empties the free lists (not the slice cache, not the zombie frames):
     * returns how many objects were really freed, each of which lowers generation 0's count.
     */
    public int clear() {
        if (!enabled) {
            return 0;
        }
        long n = (long) lists + dicts + frames + methods + builtinMethods;
        for (int i = 0; i < tuples.length; i++) {
            n += tuples[i];
            tuples[i] = 0;
        }
        lists = 0;
        dicts = 0;
        frames = 0;
        methods = 0;
        builtinMethods = 0;
        return (int) n;
    }
}
