package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.Unsupported;
import org.heapsim.version.ImportCalibration;

/**
 * The part of {@code types} heapsim's weakref needs: {@code GenericAlias} (3.9+, for the weak
 * containers' {@code __class_getitem__}). Importing CPython's {@code types} runs
 * {@code class _C: def _m(self): pass} and deletes {@code _C} at the end, which leaves a
 * class cycle of 7 gc-tracked objects as garbage (class, its dict, {@code __bases__},
 * {@code __mro__}, the {@code __dict__} and {@code __weakref__} getsets, the function
 * {@code _m}): what {@code gc.collect()} finds after a 3.9+ {@code import weakref} unless an
 * automatic collection ran first. This module leaves the same garbage.
 */
final class TypesModule {
    private TypesModule() {
    }

    static GenericObject create(PyRuntime rt) {
        Heap heap = rt.heap;
        GenericObject m = Modules.module(rt, "types");
        DictObject globals = (DictObject) m.field(0);
        Modules.def(rt, m, "GenericAlias", (h, a) -> {
            throw new Unsupported("types.GenericAlias (subscripting a class, e.g. WeakSet[int])");
        });
        if (!ImportCalibration.of(rt.policy).weakrefAtStartup()) {
            // where CPython imports types at start-up (3.11), start-up collections freed it
            leaveClassGarbage(rt, globals);
        }
        return m;
    }

    /** class _C: def _m(self): pass ... del _C */
    private static void leaveClassGarbage(PyRuntime rt, DictObject globals) {
        Heap heap = rt.heap;
        CodeBuilder b = new CodeBuilder();
        b.setLine(1);
        b.emit(Op.LOAD_CONST, b.constant("None", heap.none()));
        b.emit(Op.RETURN_VALUE);
        Code code = b.build("_m", "_C._m", "<heapsim types>", 1, new String[] {"self"},
                new byte[] {Code.LOCAL | Code.ARG}, 1, 0, 0, 0);
        DictObject ns = heap.newDict();
        heap.setItemStr(ns, "__module__", heap.intern("types"));
        heap.setItemStr(ns, "__qualname__", heap.intern("_C"));
        FunctionObject fn = heap.newFunction("_m", code, globals);
        heap.setItemStr(ns, "_m", fn);
        heap.decref(fn);
        ClassObject c = heap.newClass("_C", List.of(), null, false, ns);
        heap.decref(ns);
        heap.decref(c);
    }
}
