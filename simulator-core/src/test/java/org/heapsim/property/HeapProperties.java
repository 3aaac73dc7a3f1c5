package org.heapsim.property;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.ActionChainArbitrary;
import net.jqwik.api.state.Transformer;
import org.heapsim.version.PythonVersion;

/**
 * Stateful properties of the engine: random programs (chains of {@link Op}s) over a small
 * universe of objects and roots, checked after every step by {@link HeapModel#check()} and
 * replayed at the end for determinism.
 *
 * <p>The number of tries comes from {@code jqwik.tries.default} (surefire sets it from the
 * Maven property {@code jqwik.tries}, 1000 by default); the chain length from the system
 * property {@code heapsim.maxActions} (Maven property of the same name, 64 by default). A big
 * run: {@code mvn -B -pl simulator-core test -Dtest=HeapProperties -Djqwik.tries=10000 -Dheapsim.maxActions=256}.
 */
class HeapProperties {
    static final int MAX_ACTIONS = Integer.getInteger("heapsim.maxActions", 64);

    @Property
    void python38(@ForAll("py38") ActionChain<HeapModel> chain) {
        run(chain);
    }

    @Property
    void python39(@ForAll("py39") ActionChain<HeapModel> chain) {
        run(chain);
    }

    @Property
    void python311(@ForAll("py311") ActionChain<HeapModel> chain) {
        run(chain);
    }

    @Property
    void python312(@ForAll("py312") ActionChain<HeapModel> chain) {
        run(chain);
    }

    @Property
    void python313(@ForAll("py313") ActionChain<HeapModel> chain) {
        run(chain);
    }

    private static void run(ActionChain<HeapModel> chain) {
        HeapModel end = chain.withInvariant("oracle", HeapModel::check).run();
        end.checkDeterminism();
        int n = end.history.size();
        Statistics.label("steps").collect(n <= 16 ? "1-16" : n <= 64 ? "17-64" : n <= 128 ? "65-128" : "129-256");
        Statistics.label("automatic collections").collect(end.automaticCollections > 0);
        Statistics.label("__del__ ran").collect(!end.host.finalizeCalls.isEmpty());
        Statistics.label("__del__ resurrected").collect(end.host.resurrections > 0);
        Statistics.label("weakref callback ran").collect(!end.host.callbackCalls.isEmpty());
    }

    @Provide
    Arbitrary<ActionChain<HeapModel>> py38() {
        return chains(PythonVersion.V3_8);
    }

    @Provide
    Arbitrary<ActionChain<HeapModel>> py39() {
        return chains(PythonVersion.V3_9);
    }

    @Provide
    Arbitrary<ActionChain<HeapModel>> py311() {
        return chains(PythonVersion.V3_11);
    }

    @Provide
    Arbitrary<ActionChain<HeapModel>> py312() {
        return chains(PythonVersion.V3_12);
    }

    @Provide
    Arbitrary<ActionChain<HeapModel>> py313() {
        return chains(PythonVersion.V3_13);
    }

    static ActionChainArbitrary<HeapModel> chains(PythonVersion version) {
        return ActionChain.<HeapModel>startWith(() -> new HeapModel(version, true))
                .withAction(new Step())
                .withMaxTransformations(MAX_ACTIONS);
    }

    /** Any step; the step's indices are resolved against the state when it runs. */
    static final class Step implements Action.Independent<HeapModel> {
        @Override
        public Arbitrary<Transformer<HeapModel>> transformer() {
            return Op.any().map(op -> Transformer.mutate(op.toString(), (HeapModel m) -> m.apply(op)));
        }
    }
}
