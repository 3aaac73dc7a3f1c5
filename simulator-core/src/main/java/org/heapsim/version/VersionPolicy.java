package org.heapsim.version;

/**
 * Everything about memory management that differs between CPython 3.8 and 3.13, as data.
 * Sources: ../shared/cpython-semantics.md §0.1 (each row measured on the real interpreters)
 * and the CPython functions named on each field.
 *
 * @param minor                      3.minor
 * @param thresholds                 gc thresholds (gcmodule.c / gc.c {@code _PyGC_InitState}):
 *                                   (700,10,10) until 3.12, (2000,10,10) in 3.13
 * @param automaticGcDeferred        3.12+: an allocation only schedules the collection
 *                                   ({@code _Py_ScheduleGC}); it runs at the next eval-breaker
 *                                   check instead of inside the allocation
 * @param argumentsOwnedByCallee     3.11+: call arguments are moved into the callee frame;
 *                                   3.8–3.10 the caller's stack keeps them until the call returns
 * @param sharedKeyAttributeOrder    3.11+: instance attributes live in inline values and are
 *                                   released in the class's shared-key order; before, in a
 *                                   per-instance dict in its insertion order
 * @param instanceDictIsObject       3.8–3.10: every instance attribute dict is a real dict object
 *                                   (tracked lazily, counted by gc.collect())
 * @param wholeBatchSurvivesResurrection 3.8 {@code check_garbage}: any resurrection keeps the
 *                                   whole unreachable batch alive; 3.9+
 *                                   {@code handle_resurrected_objects} keeps only what was resurrected
 * @param trashcan                   the deferred-deallocation rule ({@code Py_TRASHCAN_BEGIN})
 * @param tupleUntrackInMoveUnreachable 3.8 untracks tuples inside move_unreachable; 3.9+ in a
 *                                   separate {@code untrack_tuples} pass over the survivors
 * @param immortalRefcount           what {@code sys.getrefcount} shows for immortal objects
 *                                   (3.12+: 4294967295), or -1 where none are immortal
 * @param weakrefTypeName            tp_name of weakref.ref in messages
 * @param proxyTypeName              tp_name of weakref.proxy
 * @param callableProxyTypeName      tp_name of a proxy to a callable
 * @param weakrefSlotDuplicateMessage the TypeError for a second {@code __weakref__} slot
 * @param mainDictGeneration         the generation holding {@code __main__}'s module and dict when
 *                                   the script starts (gen2 in 3.11, gen1 otherwise; §4.3)
 * @param startupCounts              gen0/1/2 counts at a script's first statement (§4.3, measured;
 *                                   3.12: after the collection its start-up runs, docs/freelists.md)
 * @param starCallMovesArgumentsIntoFrame 3.12+: CALL_FUNCTION_EX pushes a Python function's
 *                                   frame itself ({@code _PyEvalFramePushAndInit_Ex}) and releases
 *                                   the args tuple and kwargs dict before the body runs; 3.8–3.11
 *                                   call through {@code PyObject_Call} and keep both until the call
 *                                   returns (measured: f(*[D(1), D(2)]) with a local prints
 *                                   "loc, 2, 1" on 3.8–3.11, "1, 2, loc" on 3.12+ for g(a, b))
 * @param withExitReleasedAfterCall  3.8: WITH_CLEANUP_START releases the bound {@code __exit__} right
 *                                   after calling it, so a manager held only by it dies before a
 *                                   suppressed exception; 3.9+ keep it on the stack until the
 *                                   handler's end, after the exception (measured)
 * @param contextManagerTypeError    3.11+: a manager without {@code __enter__}/{@code __exit__}
 *                                   raises TypeError "... does not support the context manager
 *                                   protocol"; 3.8–3.10 AttributeError naming the method
 * @param tracebackQualifiesMainExceptions 3.8–3.10 print_exception names a class from
 *                                   {@code __main__} as "__main__.E" in an uncaught exception's
 *                                   last line; 3.11+ print "E" (the unraisable hook never qualifies
 *                                   {@code __main__}; measured)
 * @param closeSkipsUnprotectedYield 3.13 gen_close: a generator suspended at a yield outside every
 *                                   try/with is not resumed; its frame is cleared directly, locals
 *                                   first, then the value stack (a for loop's iterator); 3.8–3.12
 *                                   throw GeneratorExit in, which pops the stack before the locals
 *                                   die (measured)
 * @param closeReturnsValue          3.13: generator.close() returns the value the generator
 *                                   returned on GeneratorExit; before, None
 * @param constantDisplaysFolded     3.9+ starunpack_helper: a list or set display of more than two
 *                                   constants is built empty and extended from a tuple (frozenset)
 *                                   constant; 3.8 loads each constant (changes a set's order)
 * @param methodCallWithKeywords     3.11+ maybe_optimize_method_call also for calls with keyword
 *                                   arguments; 3.8–3.10 make a bound method for {@code o.m(k=v)}
 * @param inlinedComprehensions      3.12+ (PEP 709): list, set and dict comprehensions run inline
 *                                   in the enclosing frame, without a function object or frame
 * @param staticSwaps                3.11+ flowgraph apply_static_swaps: a SWAP followed by stores
 *                                   to fast locals is removed by reordering the stores, so
 *                                   {@code a, b = x, y} in a function binds b first (3.8–3.10
 *                                   rotate the values and bind a first)
 * @param startupFrozenObjects       objects of the interpreter in the permanent generation when a
 *                                   script starts: {@code gc.get_freeze_count()} is 375 at start-up
 *                                   on 3.12.1 (they join generation 2 on gc.unfreeze() and come back
 *                                   on gc.freeze()), 0 elsewhere (measured)
 * @param freeLists                  CPython's free lists of GC objects, whose reuse moves no
 *                                   generation count (docs/freelists.md, measured)
 */
public record VersionPolicy(
        int minor,
        int[] thresholds,
        boolean automaticGcDeferred,
        boolean argumentsOwnedByCallee,
        boolean sharedKeyAttributeOrder,
        boolean instanceDictIsObject,
        boolean wholeBatchSurvivesResurrection,
        Trashcan trashcan,
        boolean tupleUntrackInMoveUnreachable,
        long immortalRefcount,
        String weakrefTypeName,
        String proxyTypeName,
        String callableProxyTypeName,
        String weakrefSlotDuplicateMessage,
        int mainDictGeneration,
        int[] startupCounts,
        boolean starCallMovesArgumentsIntoFrame,
        boolean withExitReleasedAfterCall,
        boolean contextManagerTypeError,
        boolean tracebackQualifiesMainExceptions,
        boolean closeSkipsUnprotectedYield,
        boolean closeReturnsValue,
        boolean constantDisplaysFolded,
        boolean methodCallWithKeywords,
        boolean inlinedComprehensions,
        boolean staticSwaps,
        int startupFrozenObjects,
        FreeListSizes freeLists) {

    /**
     * The free lists that recycle GC objects without touching generation 0's count: an
     * allocation of an exact list, dict, tuple, slice (and frame, bound method, built-in method
     * where they have one) takes a recycled object while the list is not empty, and a
     * deallocation keeps the object while the list is not full; a full collection empties them
     * all except the slice cache ({@code clear_freelists} / {@code _PyGC_ClearAllFreeLists}).
     * Measured on CPython 3.8-3.13 by docs/probes/freelist_*.py (docs/freelists.md).
     *
     * @param lists            capacity of the list free list ({@code PyList_MAXFREELIST}, 80)
     * @param dicts            capacity of the dict free list ({@code PyDict_MAXFREELIST}, 80)
     * @param tuples           capacity of each tuple size's free list ({@code PyTuple_MAXFREELIST}, 2000)
     * @param tupleTakeMax     largest tuple size an allocation takes from a free list (19;
     *                         3.13: 20)
     * @param tupleKeepMax     largest tuple size a deallocation keeps (19 in 3.8-3.10; 20 from
     *                         3.11, where 3.11 and 3.12 keep 20-tuples they never reuse)
     * @param slices           the slice cache (one slice)
     * @param frames           3.8-3.10: the frame free list ({@code PyFrame_MAXFREELIST}, 200)
     *                         besides one "zombie" frame kept per code object; 0 where frames
     *                         are not objects (3.11+)
     * @param methods          3.8: the bound method free list (256); 0 elsewhere
     * @param builtinMethods   3.8: the built-in function / method free list (256); 0 elsewhere
     * @param startLists       lists on the free list when a script's first statement runs
     * @param startDicts       dicts on it then
     * @param startTuples      tuples of each size (index = size) on it then
     * @param startSlices      slices in the cache then
     * @param startFrames      frames on the frame free list before the script's module frame
     *                         is made (3 measured at its first statement, plus that frame)
     * @param startMethods     bound methods then (3.8: measured after a class statement)
     * @param startBuiltinMethods built-in methods then
     * @param unitLists        the compiler frees lists, dicts and tuples per code object it
     *                         makes, so a script with n &gt;= 1 nested code objects (functions,
     *                         lambdas, classes, comprehensions) starts with max(startLists,
     *                         unitLists + 2n) lists (freelist_units.py)
     * @param unitDicts        ... unitDicts + n dicts
     * @param unitPairs        ... max(startTuples[2], unitPairs + 2n) 2-tuples (for bodies like
     *                         {@code return 1}: the compiler's constant keys are 2-tuples)
     * @param unitTriples      ... and this many more 3-tuples
     */
    public record FreeListSizes(int lists, int dicts, int tuples, int tupleTakeMax, int tupleKeepMax,
            int slices, int frames, int methods, int builtinMethods,
            int startLists, int startDicts, int[] startTuples, int startSlices, int startFrames,
            int startMethods, int startBuiltinMethods,
            int unitLists, int unitDicts, int unitPairs, int unitTriples) {

        static FreeListSizes forMinor(int minor) {
            // start-up fills: docs/probes/freelist_fill.py (tuples of size 1..20), freelist_slice.py,
            // freelist_frames.py, freelist_methods.py
            int[] tuples = switch (minor) {
                case 8 -> new int[] {0, 9, 3, 4, 1, 4, 3, 10, 6, 3, 1, 1, 2, 0, 3, 2, 0, 1, 2, 3, 0};
                case 9 -> new int[] {0, 9, 4, 6, 1, 4, 3, 9, 2, 3, 4, 2, 2, 0, 3, 2, 0, 1, 2, 3, 0};
                case 10 -> new int[] {0, 4, 5, 2, 1, 4, 2, 8, 2, 3, 7, 1, 1, 0, 1, 2, 0, 1, 2, 3, 0};
                case 11 -> new int[] {0, 4, 6, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 0};
                case 12 -> new int[] {0, 5, 6, 3, 1, 1, 1, 0, 0, 2, 0, 1, 0, 1, 1, 0, 0, 1, 2, 0, 0};
                default -> new int[] {0, 5, 6, 4, 1, 0, 2, 5, 2, 3, 5, 2, 8, 2, 1, 1, 2, 2, 2, 1, 0};
            };
            int startLists = switch (minor) {
                case 8, 9, 10 -> 5;
                case 11 -> 39;
                case 12 -> 8;
                default -> 9;
            };
            int startDicts = switch (minor) {
                case 8, 10 -> 6;
                case 9, 11 -> 7;
                case 12 -> 13;
                default -> 11;
            };
            return new FreeListSizes(80, 80, 2000, minor >= 13 ? 20 : 19, minor >= 11 ? 20 : 19,
                    1, minor <= 10 ? 200 : 0, minor == 8 ? 256 : 0, minor == 8 ? 256 : 0,
                    startLists, startDicts, tuples, 1, minor <= 10 ? 4 : 0,
                    minor == 8 ? 8 : 0, minor == 8 ? 2 : 0,
                    minor == 10 ? 5 : 4,
                    switch (minor) {
                        case 8, 9 -> 10;
                        case 10 -> 11;
                        case 11 -> 12;
                        default -> 14;
                    },
                    minor <= 9 ? 2 : minor == 10 ? 7 : 9,
                    minor == 10 || minor == 11 ? 0 : 1);
        }
    }

    /**
     * The trashcan ({@code Objects/object.c _PyTrash_begin/_PyTrash_end}, and 3.13's
     * C-stack based {@code Py_TRASHCAN_BEGIN}): a container dealloc that starts when
     * {@code depth >= depositDepth} is pushed on a LIFO "delete later" stack instead of running;
     * the stack is drained when a guarded dealloc ends and the depth is back at or below
     * {@code drainDepth}.
     *
     * @param depositDepth      nesting at which deallocation is deferred (PyTrash_UNWIND_LEVEL, 50)
     * @param drainDepth        nesting at (or below) which the deferred chain is destroyed
     * @param instanceExtraLevel whether subtype_dealloc bumps the counter once more around its
     *                          trashcan check (CPython before 3.8 did; from 3.8 it calls plain
     *                          {@code Py_TRASHCAN_BEGIN(self, subtype_dealloc)}). In 3.8–3.10 an
     *                          instance still costs two levels, because its {@code __dict__} is a
     *                          dict whose dealloc is a trashcan level of its own
     * @param bumpWhileDraining  3.8–3.12 {@code _PyTrash_thread_destroy_chain} runs each deferred
     *                          dealloc at nesting 1; 3.13 does not bump
     */
    public record Trashcan(int depositDepth, int drainDepth, boolean instanceExtraLevel, boolean bumpWhileDraining) {
    }

    static VersionPolicy forMinor(int minor) {
        boolean v311plus = minor >= 11;
        Trashcan trashcan = switch (minor) {
            case 8, 9, 10 -> new Trashcan(50, 0, false, true);
            case 11, 12 -> new Trashcan(50, 0, false, true);
            // 3.13: deferral when the C recursion budget (Py_C_RECURSION_LIMIT 10000, of which a
            // script's module level has already used 2) is down to Py_TRASHCAN_HEADROOM (50);
            // drained once more than 2*HEADROOM remain; draining takes one level
            // (_PyTrash_thread_destroy_chain), so a drained object cannot start a nested drain.
            // Measured: nested lists 30,000 deep defer first 9,948 levels down, then every 50.
            default -> new Trashcan(9998 - 50, 9998 - 101, false, true);
        };
        return new VersionPolicy(
                minor,
                minor >= 13 ? new int[] {2000, 10, 10} : new int[] {700, 10, 10},
                minor >= 12,
                v311plus,
                v311plus,
                !v311plus,
                minor == 8,
                trashcan,
                minor == 8,
                minor >= 12 ? 4294967295L : -1,
                minor >= 10 ? "weakref.ReferenceType" : "weakref",
                minor >= 10 ? "weakref.ProxyType" : "weakproxy",
                minor >= 10 ? "weakref.CallableProxyType" : "weakcallableproxy",
                minor >= 12 ? "__weakref__ slot disallowed: we already got one"
                        : "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                minor == 11 ? 2 : 1,
                switch (minor) {
                    case 8 -> new int[] {419, 9, 0};
                    case 9 -> new int[] {568, 9, 0};
                    case 10 -> new int[] {41, 10, 0};
                    case 11 -> new int[] {249, 0, 2};
                    // 3.12: compiling any but the tiniest script takes the count from 692 past
                    // 700, and the module's first RESUME runs a gen0 collection (measured: 328
                    // of the 330 corpus programs start at (0..32, 5, 0), most at (20, 5, 0))
                    case 12 -> new int[] {20, 5, 0};
                    default -> new int[] {29, 3, 0};
                },
                minor >= 12,
                minor == 8,
                minor >= 11,
                minor <= 10,
                minor >= 13,
                minor >= 13,
                minor >= 9,
                minor >= 11,
                minor >= 12,
                minor >= 11,
                minor == 12 ? 375 : 0,
                FreeListSizes.forMinor(minor));
    }

    public int threshold(int generation) {
        return thresholds[generation];
    }

    // ------------------------------------------------------------------ the object model
    // (descriptors, super, special methods): differences that only change behaviour, kept as
    // methods so that the record's components stay those of memory management

    /**
     * 3.10+ {@code cm_init}/{@code sm_init} call {@code functools_wraps}: a classmethod or
     * staticmethod copies {@code __module__}, {@code __name__}, {@code __qualname__},
     * {@code __doc__} and {@code __annotations__} (creating the function's empty annotations
     * dict) into its own {@code __dict__}, has {@code __wrapped__}, and a staticmethod is
     * callable (measured: {@code classmethod(f).__dict__} is {} on 3.8/3.9).
     */
    public boolean methodWrappersCopyAttributes() {
        return minor >= 10;
    }

    /** 3.10+: property has {@code __set_name__} and a {@code prop_name}, named in its errors. */
    public boolean propertyHasSetName() {
        return minor >= 10;
    }

    /** 3.13 {@code property_name}: a property without a set name is named by its getter's {@code __name__}. */
    public boolean propertyNameFallsBackToGetter() {
        return minor >= 13;
    }

    /**
     * Built-in callables that CPython calls through {@code tp_call}/{@code METH_VARARGS}, so
     * that a call allocates a tuple of its positional arguments (and a dict of its keywords)
     * that lives until the call returns; the others are vectorcalls without one. Measured with
     * {@code gc.get_referrers} from inside the argument's {@code __iter__}/{@code __index__}...:
     * name, first and last minor version with the tuple.
     */
    private static final java.util.Map<String, int[]> ARGS_TUPLE_CALLS = java.util.Map.ofEntries(
            java.util.Map.entry("zip", new int[] {8, 13}),
            java.util.Map.entry("enumerate", new int[] {8, 10}),
            java.util.Map.entry("map", new int[] {8, 9}),
            java.util.Map.entry("filter", new int[] {8, 9}),
            java.util.Map.entry("reversed", new int[] {8, 9}),
            java.util.Map.entry("min", new int[] {8, 12}),
            java.util.Map.entry("max", new int[] {8, 12}),
            // print's clinic *args (3.11+) collects the positional arguments in a tuple
            java.util.Map.entry("print", new int[] {11, 13}),
            // METH_VARARGS methods
            java.util.Map.entry("set.update", new int[] {8, 13}),
            java.util.Map.entry("dict.update", new int[] {8, 13}),
            java.util.Map.entry("str.format", new int[] {8, 13}));

    /** Whether calling the built-in {@code name} allocates an argument tuple (see ARGS_TUPLE_CALLS). */
    public boolean callBuildsArgsTuple(String name) {
        int[] r = ARGS_TUPLE_CALLS.get(name);
        return r != null && minor >= r[0] && minor <= r[1];
    }

    /**
     * 3.13 {@code listreviter_next} no longer drops its list when exhausted (the list lives until
     * the reverse iterator dies); 3.8–3.12 release it in the {@code next()} that finds the end
     * (measured: {@code reversed(L([1, 2, 3]))} in a for loop).
     */
    public boolean reversedListIteratorKeepsList() {
        return minor >= 13;
    }

    /**
     * 3.13 (PEP 667): locals() in a function returns a new dict each call; 3.8–3.12 fill and
     * return the frame's own f_locals dict, which holds the values until the frame dies.
     */
    public boolean localsReturnsSnapshot() {
        return minor >= 13;
    }

    /**
     * 3.9–3.10 PyFile_WriteObject looks up {@code file.write} as a bound method (a counted GC
     * allocation, freed after the call) for every piece print() writes; 3.8 takes it from the
     * method free list (not counted) and 3.11+ call it without binding (measured with
     * gc.get_count() inside __str__ and write()).
     */
    public boolean printBindsWriteMethod() {
        return minor == 9 || minor == 10;
    }

    /**
     * setobject.c set_add_entry: 3.8 and 3.10+ store a new key in the first dummy (deleted slot)
     * its probe passed; 3.9 always takes the empty slot that ended the probe (measured:
     * {8, 0, 16} minus 0 plus 24 iterates 8, 24, 16, on 3.9 8, 16, 24).
     */
    public boolean setAddReusesDummySlot() {
        return minor != 9;
    }

    /**
     * 3.12+ builtin_sum_impl adds floats with Neumaier's compensated summation
     * ({@code sum([0.1] * 10)} is 1.0); before, plain double additions (0.9999999999999999).
     */
    public boolean sumCompensatesFloats() {
        return minor >= 12;
    }

    /**
     * 3.8 list_contains and tuplecontains compare the searched value with each item ({@code value == item});
     * 3.9+ hold the item and compare it first ({@code item == value}) (measured: __eq__ order).
     */
    public boolean listContainsValueFirst() {
        return minor == 8;
    }

    /**
     * 3.8 dictviews_and: a set of the view, then intersection_update(other); 3.9+
     * _PyDictView_Intersect searches the view for the other operand's items (measured).
     */
    public boolean dictViewAndThroughSet() {
        return minor == 8;
    }

    /** 3.11+: iter() of an ASCII-only str is a {@code str_ascii_iterator}; before, a {@code str_iterator}. */
    public boolean asciiStrIterator() {
        return minor >= 11;
    }

    /** How this version writes tracebacks to stderr. */
    public TracebackStyle tracebackStyle() {
        return TracebackStyle.forMinor(minor);
    }

    /**
     * 3.8-3.10: PyObject_RichCompare counts itself against the recursion limit
     * (Py_EnterRecursiveCall(" in comparison")), so a recursion whose deepest frame compares
     * first fails "maximum recursion depth exceeded in comparison"; 3.11+ count only frames there.
     */
    public boolean comparisonCountsRecursion() {
        return minor <= 10;
    }

    /** 3.8-3.9 frozenset_new: an empty exact frozenset() is one shared object (emptyfrozenset), made on first use. */
    public boolean emptyFrozensetSingleton() {
        return minor <= 9;
    }
}
