package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.Host;
import org.heapsim.heap.PyError;
import org.heapsim.heap.PyObject;

/**
 * The engine's view of the VM: {@code __del__} ({@code slot_tp_finalize}), calls from C, and
 * {@code PyErr_WriteUnraisable}'s report on stderr.
 */
final class VmHost implements Host {
    private final PyRuntime rt;

    VmHost(PyRuntime rt) {
        this.rt = rt;
    }

    /**
     * Calls from the engine (weakref callbacks, finalizers, atexit, __del__) run the program's
     * code inside a free or a shutdown: its lines begin no operation, and the events after the
     * call carry the line that was running before it.
     */
    @Override
    public PyObject call(PyObject callable, PyObject[] args) {
        int line = rt.heap.line();
        rt.engineCalls++;
        try {
            return rt.vm.call(callable, args);
        } finally {
            rt.engineCalls--;
            rt.heap.setLine(line);
        }
    }

    @Override
    public void finalize(PyObject self) {
        int line = rt.heap.line();
        rt.engineCalls++;
        try {
            finalizeNow(self);
        } finally {
            rt.engineCalls--;
            rt.heap.setLine(line);
        }
    }

    private void finalizeNow(PyObject self) {
        if (Generators.isGenerator(self)) {
            Generators.finalize(rt, self);
            return;
        }
        // slot_tp_finalize: lookup_maybe_method, then call_unbound_noarg; a failure is reported as del
        PyObject found = Ops.typeLookupUser(rt, self.type(), "__del__");
        if (found == null) {
            return;
        }
        boolean unbound = found instanceof org.heapsim.heap.FunctionObject;
        PyObject del;
        try {
            del = unbound ? found : Ops.descriptorGet(rt, found, self, self.type());
        } catch (PyException e) {
            writeUnraisable(e, null);
            return;
        }
        if (unbound) {
            rt.heap.incref(del);
        }
        try {
            rt.heap.decref(rt.vm.call(del, unbound ? new PyObject[] {self} : new PyObject[0]));
        } catch (PyException e) {
            writeUnraisable(e, del);
        } finally {
            rt.heap.decref(del);
        }
    }

    /** "Exception ignored in: <function C.__del__ at 0x...>", the traceback, the exception. */
    @Override
    public void writeUnraisable(PyError error, PyObject reportAs) {
        StringBuilder sb = new StringBuilder();
        if (reportAs != null) {
            sb.append("Exception ignored in: ").append(reportLabel(reportAs)).append('\n');
        }
        if (error instanceof PyException pe) {
            ExceptionObject exc = pe.value();
            List<Tracebacks.Site> sites = Tracebacks.sites(exc);
            Frame current = rt.vm.current();
            if (sites.isEmpty() && current != null) {
                // _PyErr_WriteUnraisableMsg: an exception without a traceback (raised by C code)
                // is reported with one made from the running frame (_PyTraceBack_FromFrame)
                sites = List.of(new Tracebacks.Site(current.code, Math.max(0, current.pc - 1), current.line()));
            }
            Tracebacks.appendTraceback(rt, sites, rt.policy.tracebackStyle().unraisable(), sb);
            sb.append(Tracebacks.lastLine(rt, exc)).append('\n');
            rt.heap.decref(exc);
        } else {
            sb.append(error.lastLine()).append('\n');
        }
        rt.write(sb.toString(), true);
    }

    private String reportLabel(PyObject o) {
        if (Generators.isGenerator(o)) {
            return Generators.repr(o);
        }
        if (o instanceof org.heapsim.heap.FunctionObject f) {
            return "<function " + f.qualname() + " at " + Repr.address(o) + ">";
        }
        if (rt.heap.finalizers().isFinalizer(o)) {
            return "<finalize object at " + Repr.address(o) + "; dead>";
        }
        return Ops.reprOf(rt, o);
    }
}
