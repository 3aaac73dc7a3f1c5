package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.gc.Collector;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.python.runtime.ExceptionTypes;

/** The gc module over the engine's collector. */
final class GcModule {
    private GcModule() {
    }

    static GenericObject create(PyRuntime rt) {
        GenericObject m = Modules.module(rt, "gc");
        Collector gc = rt.heap.gc();
        Modules.def(rt, m, "collect", (h, a) -> {
            long g = a.length == 0 ? 2 : BuiltinMethods.intArg(rt, a[0]);
            if (g < 0 || g > 2) {
                throw rt.raise(ExceptionTypes.VALUE_ERROR, "invalid generation");
            }
            return rt.vm.builtinMethods.newInt(gc.collect((int) g));
        });
        Modules.def(rt, m, "enable", (h, a) -> {
            gc.setEnabled(true);
            return null;
        });
        Modules.def(rt, m, "disable", (h, a) -> {
            gc.setEnabled(false);
            return null;
        });
        Modules.def(rt, m, "isenabled", (h, a) -> rt.heap.bool(gc.isEnabled()));
        Modules.def(rt, m, "get_count", (h, a) -> intTuple(rt, gc.counts()));
        Modules.def(rt, m, "get_threshold", (h, a) -> intTuple(rt, gc.thresholds()));
        Modules.def(rt, m, "set_threshold", (h, a) -> {
            int[] t = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                t[i] = (int) BuiltinMethods.intArg(rt, a[i]);
            }
            gc.setThresholds(t);
            return null;
        });
        Modules.def(rt, m, "is_tracked", (h, a) -> rt.heap.bool(a[0].isTracked()));
        Modules.def(rt, m, "freeze", (h, a) -> {
            gc.freeze();
            return null;
        });
        Modules.def(rt, m, "unfreeze", (h, a) -> {
            gc.unfreeze();
            return null;
        });
        Modules.def(rt, m, "get_freeze_count", (h, a) -> rt.vm.builtinMethods.newInt(gc.freezeCount()));
        Modules.def(rt, m, "set_debug", (h, a) -> {
            gc.setDebugFlags((int) BuiltinMethods.intArg(rt, a[0]));
            return null;
        });
        Modules.def(rt, m, "get_referents", (h, a) -> {
            java.util.List<PyObject> out = new java.util.ArrayList<>();
            for (PyObject o : a) {
                out.addAll(Collector.referents(o));
            }
            return rt.heap.newList(out);
        });
        Modules.def(rt, m, "get_referrers", (h, a) -> rt.heap.newList(gc.referrers(List.of(a))));
        DictObject d = (DictObject) m.field(0);
        rt.heap.setItemStr(d, "garbage", gc.garbage());
        rt.heap.setItemStr(d, "callbacks", gc.callbacks());
        PyObject saveall = rt.vm.builtinMethods.newInt(Collector.DEBUG_SAVEALL);
        rt.heap.setItemStr(d, "DEBUG_SAVEALL", saveall);
        rt.heap.decref(saveall);
        return m;
    }

    static TupleObject intTuple(PyRuntime rt, int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = rt.vm.builtinMethods.newInt(values[i]);
        }
        return rt.heap.newTupleOwned(items);
    }
}
