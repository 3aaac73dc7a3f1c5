package org.heapsim.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.heapsim.heap.PyObject;
import org.heapsim.version.PythonVersion;
import org.heapsim.weak.WeakRefObject;

/**
 * The heap's invariants, checked after every action of random chains against an independent
 * oracle: the strong-reference multiset (every root's holdings and every live object's
 * references) and a mark from the roots over it.
 *
 * <p>Tries: {@code jqwik.tries.default} (the POM's {@code jqwik.tries}, 1000); chain length:
 * {@code heapsim.maxActions} (64). The large run:
 * {@code mvn -B -pl simulator-core test -Dtest=TraversalProperties -Djqwik.tries=10000 -Dheapsim.maxActions=256}.
 */
class TraversalProperties {
    static final int MAX_ACTIONS = Integer.getInteger("heapsim.maxActions", 64);

    @Property
    void invariantsHoldAfterEveryStep(@ForAll("chains") ActionChain<TraversalModel> chain) {
        chain.withInvariant(TraversalProperties::checkInvariants).run();
    }

    @Property(tries = 200)
    void replayingTheSameStepsGivesTheSameEvents(@ForAll("stepLists") List<TraversalStep> steps, @ForAll("versions") PythonVersion v) {
        TraversalModel a = new TraversalModel(v);
        TraversalModel b = new TraversalModel(v);
        for (TraversalStep s : steps) {
            s.apply(a);
            s.apply(b);
        }
        assertEquals(a.events, b.events);
    }

    @Provide
    Arbitrary<PythonVersion> versions() {
        return Arbitraries.of(PythonVersion.V3_8, PythonVersion.V3_9, PythonVersion.V3_11, PythonVersion.V3_12, PythonVersion.V3_13);
    }

    @Provide
    Arbitrary<ActionChain<TraversalModel>> chains() {
        return versions().flatMap(v -> ActionChain.startWith(() -> new TraversalModel(v))
                .withAction(new StepAction())
                .withMaxTransformations(MAX_ACTIONS));
    }

    @Provide
    Arbitrary<List<TraversalStep>> stepLists() {
        return steps().list().ofMaxSize(MAX_ACTIONS);
    }

    /** Any step: allocation and references most often, gc controls now and then. */
    static Arbitrary<TraversalStep> steps() {
        Arbitrary<Integer> slot = Arbitraries.integers().between(0, TraversalModel.SLOTS - 1);
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 5);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Combinators.combine(slot, Arbitraries.of(TraversalStep.Kind.class)).as(TraversalStep.Allocate::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(slot, slot).as(TraversalStep.Rebind::new)),
                net.jqwik.api.Tuple.of(4, slot.map(TraversalStep.Unbind::new)),
                net.jqwik.api.Tuple.of(8, Combinators.combine(slot, slot, how).as(TraversalStep.Link::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(slot, how).as(TraversalStep.Unlink::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(slot, Arbitraries.of(true, false),
                        Arbitraries.integers().between(-1, TraversalModel.SLOTS - 1)).as(TraversalStep.Weak::new)),
                net.jqwik.api.Tuple.of(1, slot.map(TraversalStep.Resurrector::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new TraversalStep.ReleaseResurrected())),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 2).map(TraversalStep.Collect::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(TraversalStep.Enable::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(0, 1, 3, 5, 700).map(TraversalStep.Threshold::new)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of(true, false).map(TraversalStep.Freeze::new)));
    }

    /** Applies one generated step. */
    static final class StepAction implements Action.Independent<TraversalModel> {
        @Override
        public Arbitrary<Transformer<TraversalModel>> transformer() {
            return steps().map(s -> Transformer.mutate(s.toString(), m -> {
                m.lastFullCollectClean = false;
                s.apply(m);
            }));
        }
    }

    static void checkInvariants(TraversalModel m) {
        Map<PyObject, Integer> held = m.strongReferenceCounts();
        for (PyObject o : m.live()) {
            if (!o.isImmortal()) {
                assertEquals(held.getOrDefault(o, 0).intValue(), o.refcount(),
                        "refcount of " + o.label() + " differs from the strong references held on it");
            }
        }
        Set<PyObject> reachable = m.reachable();
        for (PyObject o : reachable) {
            assertFalse(o.isFreed(), o.label() + " is reachable from a root but was freed");
        }
        if (m.lastFullCollectClean) {
            for (PyObject o : m.live()) {
                assertTrue(reachable.contains(o), o.label() + " survived a full collection but no root reaches it");
            }
        }
        for (WeakRefObject w : m.weakrefs) {
            if (w.isFreed()) {
                continue;
            }
            PyObject referent = m.referentOf.get(w);
            if (referent.isFreed()) {
                assertNull(w.referent(), "weakref " + w.label() + " outlived its referent");
            } else if (w.referent() == null) {
                // only a collection that found the referent unreachable and then resurrected it (or a batch-mate
                // that keeps it alive) clears its weakrefs early: CPython clears them before finalizers run
                assertTrue(referent.isFinalized() || m.gcResurrection, "weakref to live " + referent.label() + " is dead");
            }
        }
        m.finalizerCalls.forEach((o, n) -> assertEquals(1, n.intValue(), "__del__ of " + o.label() + " ran " + n + " times"));
        m.callbackCalls.forEach((w, n) -> assertEquals(1, n.intValue(), "callback of " + w.label() + " ran " + n + " times"));
    }
}
