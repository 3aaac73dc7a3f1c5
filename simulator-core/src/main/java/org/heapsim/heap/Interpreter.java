package org.heapsim.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The interpreter around a program: {@code sys.modules} with the {@code __main__} module and
 * its globals dict, placed in the generation CPython has them in when a script starts
 * (cpython-semantics.md §4.3), and the shutdown sequence of {@code Py_FinalizeEx}
 * (§7.1): atexit functions, a collection with callbacks, {@code __main__} released, the final
 * collection without callbacks.
 */
public final class Interpreter {
    private final Heap heap;
    private final Root interpreterRoot;
    private final DictObject sysModules;
    private final GenericObject mainModule;
    private final Root lastException;
    private boolean finalized;

    /** The interpreter of a script: generation counts as measured at a script's first statement. */
    public Interpreter(Heap heap) {
        this(heap, heap.policy().startupCounts());
    }

    /**
     * An interpreter whose generation counts start at startCounts. Heap traces start at zero:
     * the measured start-up counts come from compiling and importing a script, which a trace
     * does not do.
     */
    public Interpreter(Heap heap, int[] startCounts) {
        this.heap = heap;
        this.interpreterRoot = heap.newRoot("interpreter (sys, builtins)");
        this.lastException = heap.newRoot("sys.last_value / sys.last_traceback");
        this.sysModules = heap.newDict();
        heap.hold(interpreterRoot, sysModules);
        heap.decref(sysModules);
        this.mainModule = heap.newModule("__main__");
        heap.setItemStr(sysModules, "__main__", mainModule);
        heap.decref(mainModule);
        DictObject globals = mainGlobals();
        heap.setItemStr(globals, "__name__", heap.intern("__main__"));
        int g = heap.policy().mainDictGeneration();
        heap.track(sysModules);
        heap.gc().moveToGeneration(sysModules, g);
        heap.gc().moveToGeneration(mainModule, g);
        heap.track(globals);
        heap.gc().moveToGeneration(globals, g);
        heap.gc().setCounts(startCounts);
    }

    public Heap heap() {
        return heap;
    }

    public GenericObject mainModule() {
        return mainModule;
    }

    /** {@code sys.modules}. */
    public DictObject sysModules() {
        return sysModules;
    }

    /** {@code __main__.__dict__}: the module's globals. */
    public DictObject mainGlobals() {
        return (DictObject) mainModule.field(0);
    }

    /** Keeps an uncaught exception alive as {@code sys.last_value} until shutdown clears it. */
    public void setLastException(PyObject exception) {
        heap.hold(lastException, exception);
    }

    public boolean isFinalized() {
        return finalized;
    }

    /**
     * Py_FinalizeEx: atexit functions (newest first; errors through atexitErrors), a full
     * collection with gc.callbacks if gc is enabled, {@code sys.last_*} cleared, then
     * {@code __main__} removed from {@code sys.modules} (its dict freed at once when nothing
     * else holds it: entries in order) and a final full collection without callbacks, which
     * is where globals caught in cycles with their functions die.
     */
    public void finalizeInterpreter(BiConsumer<PyError, PyObject> atexitErrors) {
        if (finalized) {
            return;
        }
        finalized = true;
        heap.atexit().runAll(atexitErrors);
        if (heap.gc().isEnabled()) {
            heap.gc().collect(2);
        }
        for (PyObject o : lastException.held().toArray(new PyObject[0])) {
            heap.release(lastException, o);
        }
        // finalize_remove_modules: every module in sys.modules replaced by None, in import
        // order, remembering the modules (CPython keeps weak references to them)
        List<GenericObject> modules = new ArrayList<>();
        List<PyObject> names = new ArrayList<>();
        for (int i = 0; i < sysModules.entrySlots(); i++) {
            if (sysModules.keyAt(i) != null) {
                names.add(sysModules.keyAt(i));
                if (sysModules.valueAt(i) instanceof GenericObject g && g.shape() == GenericObject.Shape.MODULE) {
                    modules.add(g);
                }
            }
        }
        for (PyObject name : names) {
            heap.setItem(sysModules, name, heap.none());
        }
        // finalize_clear_modules_dict, then _PyGC_CollectNoFail: where __main__'s globals
        // usually die, with everything the other modules kept for them
        heap.clearDict(sysModules);
        heap.gc().collectWithoutCallbacks();
        // finalize_modules_clear_weaklist: modules still alive are wiped, last imported first
        for (int i = modules.size() - 1; i >= 0; i--) {
            GenericObject m = modules.get(i);
            if (!m.isFreed() && m.field(0) instanceof DictObject d) {
                clearModuleDict(d);
            }
        }
        heap.gc().collectWithoutCallbacks();
    }

    /**
     * _PyModule_ClearDict: names starting with a single underscore set to None first, then every
     * other name but {@code __builtins__}, each pass in dict order.
     */
    private void clearModuleDict(DictObject d) {
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < d.entrySlots(); i++) {
                PyObject k = d.keyAt(i);
                PyObject v = d.valueAt(i);
                if (k instanceof AtomObject a && a.isStr() && v != null && v != heap.none()) {
                    String n = a.asString();
                    boolean single = n.startsWith("_") && !n.startsWith("__");
                    if (pass == 0 ? single : !n.equals("__builtins__")) {
                        heap.setItem(d, k, heap.none());
                    }
                }
            }
        }
    }
}
