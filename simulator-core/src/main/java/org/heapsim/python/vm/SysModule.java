package org.heapsim.python.vm;

import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;

/** The sys module: getrefcount, intern, exit, and stdout/stderr writers. */
final class SysModule {
    private SysModule() {
    }

    /** sys.exit(code): raised as SystemExit, as CPython does. */
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
            PyObject s = rt.heap.intern(BuiltinMethods.strArg(rt, a[0], "intern() argument"));
            rt.heap.incref(s);
            return s;
        });
        Modules.def(rt, m, "exit", (h, a) -> {
            PyObject[] args = a.length == 0 ? new PyObject[0] : new PyObject[] {a[0]};
            PyObject exc = Constructors.construct(rt, org.heapsim.python.runtime.ExceptionTypes.SYSTEM_EXIT, args, null);
            throw rt.raised((org.heapsim.heap.ExceptionObject) exc);
        });
        return m;
    }
}
