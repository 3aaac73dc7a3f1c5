package org.heapsim.python.vm;

import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * The sys module: getrefcount, intern, exit, and what heapsim's weakref.py uses:
 * {@code version_info} (a plain tuple here: CPython's is a struct sequence, which compares and
 * slices the same), {@code exc_info} and {@code excepthook}.
 */
final class SysModule {
    private SysModule() {
    }

    static GenericObject create(PyRuntime rt) {
        GenericObject m = Modules.module(rt, "sys");
        Modules.def(rt, m, "getrefcount", (h, a) -> {
            long immortal = rt.policy.immortalRefcount();
            if (a[0].isImmortal() && immortal > 0) {
                return rt.vm.builtinMethods.newInt(immortal);
            }
            return rt.vm.builtinMethods.newInt(a[0].refcount());
        });
        Modules.def(rt, m, "intern", (h, a) -> {
            // sys_intern_impl: exact str only ("intern() argument must be str, not int"); a str subclass: "can't intern ..."
            if (!(a[0] instanceof org.heapsim.heap.AtomObject s && s.isStr())) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "intern() argument must be str, not " + Ops.typeName(a[0]));
            }
            PyObject r = rt.heap.internInPlace(s);
            rt.heap.incref(r);
            return r;
        });
        // sys.exit(code): raised as SystemExit, as CPython does
        Modules.def(rt, m, "exit", (h, a) -> {
            PyObject[] args = a.length == 0 ? new PyObject[0] : new PyObject[] {a[0]};
            PyObject exc = Constructors.construct(rt, ExceptionTypes.SYSTEM_EXIT, args, null);
            throw rt.raised((ExceptionObject) exc);
        });
        Modules.def(rt, m, "exc_info", (h, a) -> excInfo(rt));
        Modules.def(rt, m, "excepthook", (h, a) -> {
            BuiltinMethods.arity(rt, "excepthook", a, 3, 3);
            if (a[1] instanceof ExceptionObject e) {
                rt.write(Tracebacks.format(rt, e), true);
            }
            return null;
        });
        StdStreams.install(rt, m);
        PyObject[] vi = {rt.vm.builtinMethods.newInt(3), rt.vm.builtinMethods.newInt(rt.policy.minor()),
                rt.vm.builtinMethods.newInt(0), rt.heap.newStr("final"), rt.vm.builtinMethods.newInt(0)};
        PyObject versionInfo = rt.heap.newTupleOwned(vi);
        Modules.put(rt, m, "version_info", versionInfo);
        rt.heap.decref(versionInfo);
        return m;
    }

    /** sys.exc_info(): the exception handled by the innermost except block on the stack. */
    private static PyObject excInfo(PyRuntime rt) {
        for (Frame f = rt.vm.current(); f != null; f = f.back) {
            PyObject exc = f.handled.peek();
            if (exc instanceof ExceptionObject e) {
                PyObject tb = e.field(3) == null ? rt.heap.none() : e.field(3);
                return rt.heap.newTuple(java.util.List.of(e.type(), e, tb));
            }
        }
        PyObject none = rt.heap.none();
        return rt.heap.newTuple(java.util.List.of(none, none, none));
    }
}
