package org.heapsim.property;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * One step of a generated program, as plain data. Objects are named by small indices that
 * {@link HeapModel} resolves against its current universe (modulo its size), so that any
 * sequence is valid, shrinks well and replays identically on a fresh heap.
 *
 * <p>A "value" index {@code v} means: {@code v % 8 == 0} None, {@code v % 8 == 1} a fresh int,
 * otherwise a live object of the universe.
 */
sealed interface Op {

    /** {@code root.name = Kind(...)}: a new object bound to a name. */
    record Alloc(Kind kind, int cls, int root, int slot, int a, int b, int c) implements Op {
    }

    /** {@code root.name = value} (rebinding releases the old value after the store). */
    record Bind(int root, int slot, int value) implements Op {
    }

    /** {@code del root.name}. */
    record Unbind(int root, int slot) implements Op {
    }

    record ListAppend(int list, int value) implements Op {
    }

    record ListSet(int list, int index, int value) implements Op {
    }

    record ListDelSlice(int list, int from, int length) implements Op {
    }

    /** {@code d[k] = v}; key {@code k % 4 < 2} is the interned str "k0"/"k1", otherwise a hashable object. */
    record DictSet(int dict, int key, int value) implements Op {
    }

    record DictDel(int dict, int entry) implements Op {
    }

    record SetAdd(int set, int value) implements Op {
    }

    record SetDiscard(int set, int member) implements Op {
    }

    record SetAttr(int obj, int attr, int value) implements Op {
    }

    record DelAttr(int obj, int attr) implements Op {
    }

    /** {@code cell.cell_contents = v}; a None choice deletes the contents. */
    record CellSet(int cell, int value) implements Op {
    }

    /**
     * {@code weakref.ref(target, cb)} or {@code weakref.proxy(...)}. callback: 0 none, 1 a fresh
     * function, 2 the module's shared function. keep: 0 dropped at once, 1 bound to a root
     * name, 2 appended to a list, 3 stored as an attribute.
     */
    record NewWeakref(int target, int callback, boolean proxy, int keep, int where, int slot) implements Op {
    }

    /** Drops the reference a resurrecting {@code __del__} stored. */
    record ReleaseSaved(int index) implements Op {
    }

    record Collect(int generation) implements Op {
    }

    record SetEnabled(boolean enabled) implements Op {
    }

    record SetThresholds(int t0, int t1, int t2) implements Op {
    }

    record Freeze() implements Op {
    }

    record Unfreeze() implements Op {
    }

    /** {@code gc.callbacks.append(f)} for a recording function. */
    record AddGcCallback() implements Op {
    }

    enum Kind { LIST, DICT, SET, INSTANCE, CELL, TUPLE, FUNCTION }

    // ---------------------------------------------------------------- generation

    private static Arbitrary<Integer> idx() {
        return Arbitraries.integers().between(0, 63);
    }

    private static Arbitrary<Integer> small(int max) {
        return Arbitraries.integers().between(0, max);
    }

    static Arbitrary<Op> any() {
        Arbitrary<Op> alloc = Combinators.combine(
                Arbitraries.frequency(
                        Tuple.of(3, Kind.LIST), Tuple.of(2, Kind.DICT), Tuple.of(1, Kind.SET),
                        Tuple.of(6, Kind.INSTANCE), Tuple.of(1, Kind.CELL), Tuple.of(2, Kind.TUPLE),
                        Tuple.of(1, Kind.FUNCTION)),
                small(HeapModel.CLASSES.size() - 1), small(HeapModel.ROOTS - 1), small(HeapModel.SLOTS - 1),
                idx(), idx(), idx())
                .as(Alloc::new);
        Arbitrary<Op> bind = Combinators.combine(small(HeapModel.ROOTS - 1), small(HeapModel.SLOTS - 1), idx()).as(Bind::new);
        Arbitrary<Op> unbind = Combinators.combine(small(HeapModel.ROOTS - 1), small(HeapModel.SLOTS - 1)).as(Unbind::new);
        Arbitrary<Op> listAppend = Combinators.combine(idx(), idx()).as(ListAppend::new);
        Arbitrary<Op> listSet = Combinators.combine(idx(), idx(), idx()).as(ListSet::new);
        Arbitrary<Op> listDel = Combinators.combine(idx(), idx(), small(3)).as(ListDelSlice::new);
        Arbitrary<Op> dictSet = Combinators.combine(idx(), idx(), idx()).as(DictSet::new);
        Arbitrary<Op> dictDel = Combinators.combine(idx(), idx()).as(DictDel::new);
        Arbitrary<Op> setAdd = Combinators.combine(idx(), idx()).as(SetAdd::new);
        Arbitrary<Op> setDiscard = Combinators.combine(idx(), idx()).as(SetDiscard::new);
        Arbitrary<Op> setAttr = Combinators.combine(idx(), small(2), idx()).as(SetAttr::new);
        Arbitrary<Op> delAttr = Combinators.combine(idx(), small(2)).as(DelAttr::new);
        Arbitrary<Op> cellSet = Combinators.combine(idx(), idx()).as(CellSet::new);
        Arbitrary<Op> weak = Combinators.combine(idx(), small(2), Arbitraries.of(false, false, true), small(3), idx(), idx())
                .as(NewWeakref::new);
        Arbitrary<Op> releaseSaved = idx().map(ReleaseSaved::new);
        Arbitrary<Op> collect = small(2).map(Collect::new);
        Arbitrary<Op> enabled = Arbitraries.of(true, true, false).map(SetEnabled::new);
        Arbitrary<Op> thresholds = Combinators.combine(
                Arbitraries.of(0, 1, 2, 3, 5, 5, 10, 700), Arbitraries.of(1, 2, 10), Arbitraries.of(1, 2, 10))
                .as(SetThresholds::new);
        Arbitrary<Op> freeze = Arbitraries.just(new Freeze());
        Arbitrary<Op> unfreeze = Arbitraries.just(new Unfreeze());
        Arbitrary<Op> gcCallback = Arbitraries.just(new AddGcCallback());
        return Arbitraries.frequencyOf(
                Tuple.of(14, alloc),
                Tuple.of(6, bind),
                Tuple.of(6, unbind),
                Tuple.of(6, listAppend),
                Tuple.of(2, listSet),
                Tuple.of(3, listDel),
                Tuple.of(4, dictSet),
                Tuple.of(2, dictDel),
                Tuple.of(2, setAdd),
                Tuple.of(1, setDiscard),
                Tuple.of(7, setAttr),
                Tuple.of(2, delAttr),
                Tuple.of(2, cellSet),
                Tuple.of(6, weak),
                Tuple.of(2, releaseSaved),
                Tuple.of(4, collect),
                Tuple.of(1, enabled),
                Tuple.of(2, thresholds),
                Tuple.of(1, freeze),
                Tuple.of(1, unfreeze),
                Tuple.of(1, gcCallback));
    }
}
