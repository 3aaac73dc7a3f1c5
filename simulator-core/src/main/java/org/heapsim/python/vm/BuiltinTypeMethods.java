package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.SetObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/** The methods of list, dict, set and str that programs of the subset use, with CPython's reference order and messages. */
final class BuiltinTypeMethods {
    private BuiltinTypeMethods() {
    }

    static void install(BuiltinMethods m) {
        generatorMethods(m);
        ListMethods.install(m);
        DictMethods.install(m);
        SetMethods.install(m);
        StrMethods.install(m);
        BuiltinIterators.installMethods(m);
        Views.installMethods(m);
        Ranges.installMethods(m);
        StdStreams.installMethods(m);
    }

    /** generator.send/throw/close and __next__ (Generators has the protocol). */
    private static void generatorMethods(BuiltinMethods m) {
        m.define(Types.GENERATOR, "send", (rt, self, a, kw) -> Generators.send(rt, self, a[0]));
        m.define(Types.GENERATOR, "__next__", (rt, self, a, kw) -> Generators.send(rt, self, rt.heap.none()));
        m.define(Types.GENERATOR, "close", (rt, self, a, kw) -> Generators.close(rt, self));
        m.define(Types.GENERATOR, "throw", (rt, self, a, kw) -> {
            PyObject typ = a[0];
            PyObject val = a.length > 1 ? a[1] : null;
            PyObject exc = val != null && val != rt.heap.none() ? val : typ;
            rt.heap.incref(exc);
            return Generators.throwInto(rt, self, Classes.makeException(rt, exc));
        });
    }


    static Heap heap(PyRuntime rt) {
        return rt.heap;
    }

    static TupleObject tupleOf(PyRuntime rt, List<PyObject> items) {
        return rt.heap.newTuple(items);
    }
}
