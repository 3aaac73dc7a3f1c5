package org.heapsim.python.vm;

import org.heapsim.heap.GenericObject;
import org.heapsim.version.ImportCalibration;

/**
 * {@code _heapsim}: the two natives heapsim's weakref.py needs from modules outside the subset.
 * {@code atexit_register(f)} is {@code atexit.register(f)} (the interpreter's atexit registry:
 * LIFO with every other exit function, run before the final collections) and {@code count()}
 * is {@code itertools.count()}. Only heapsim's library may import it (CPython has no such
 * module; a program importing it gets ModuleNotFoundError).
 */
final class HeapsimModule {
    private HeapsimModule() {
    }

    static GenericObject create(PyRuntime rt) {
        GenericObject m = Modules.module(rt, "_heapsim");
        boolean[] atexitImported = {false};
        Modules.def(rt, m, "atexit_register", (h, a) -> {
            BuiltinMethods.arity(rt, "register", a, 1, 1);
            if (!atexitImported[0]) {
                // CPython's weakref imports atexit at the first finalize: that import's cost
                atexitImported[0] = true;
                rt.heap.gc().padAllocations(ImportCalibration.of(rt.policy).atexitImportCost());
            }
            rt.heap.atexit().register(a[0]);
            rt.heap.incref(a[0]);
            return a[0];
        });
        Modules.def(rt, m, "count", (h, a) -> {
            BuiltinMethods.arity(rt, "count", a, 0, 0);
            return Iteration.newCount(rt);
        });
        return m;
    }
}
