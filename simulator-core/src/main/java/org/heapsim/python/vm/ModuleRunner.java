package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.check.Outcome;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.PythonVersion;

/**
 * Runs a compiled module as {@code python3 prog.py} would: {@code __main__} globals, the
 * module body, an uncaught exception printed as a traceback (exit status 1, the exception kept
 * as {@code sys.last_value} until shutdown), {@code SystemExit}, then interpreter shutdown.
 */
public final class ModuleRunner {
    private final PyRuntime rt;
    private final Vm vm;

    public ModuleRunner(PythonVersion version, String fileName, PyRuntime.Limits limits) {
        this.rt = new PyRuntime(version, fileName, limits);
        this.vm = new Vm(rt);
        rt.heap.setHost(new VmHost(rt));
        Builtins.install(rt);
        DictObject globals = rt.interpreter.mainGlobals();
        rt.heap.setItemStr(globals, "__builtins__", rt.builtins);
        // installing the builtins is start-up work CPython has done before the measured counts
        rt.heap.gc().setCounts(rt.policy.startupCounts());
    }

    public PyRuntime runtime() {
        return rt;
    }

    /** A str constant of the code being built (held for the run). */
    public PyObject str(String s) {
        return rt.constant(rt.heap.newStr(s));
    }

    public PyObject integer(long v) {
        return rt.constant(rt.vm.builtinMethods.newInt(v));
    }

    public PyObject none() {
        return rt.heap.none();
    }

    public PyObject code(Code c) {
        return rt.constant(new CodeObject(c));
    }

    public PyObject names(String... names) {
        List<PyObject> items = new java.util.ArrayList<>();
        for (String n : names) {
            items.add(rt.heap.intern(n));
        }
        TupleObject t = rt.heap.newTuple(items);
        return rt.constant(t);
    }

    public Outcome run(Code module) {
        int status = 0;
        DictObject globals = rt.interpreter.mainGlobals();
        rt.heap.freeLists().start(nestedCodeObjects(module)); // as CPython's at the script's first statement
        try {
            rt.heap.decref(vm.runModule(module, globals));
        } catch (PyException e) {
            status = uncaught(e);
        } catch (PyRuntime.LimitExceeded e) {
            rt.write("heapsim: " + e.getMessage() + "\n", true);
            status = 1;
        }
        rt.operationSeq = rt.heap.beginOperation(0, "interpreter shutdown");
        rt.interpreter.finalizeInterpreter((e, func) -> rt.write(atexitHeader(func) + e.lastLine() + "\n", true));
        return new Outcome(rt.stdout(), rt.stderr(), status);
    }

    /** How many code objects the module's code holds, at any depth (what the compiler made besides it). */
    private static int nestedCodeObjects(Code code) {
        int n = 0;
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject co) {
                n += 1 + nestedCodeObjects(co.code());
            }
        }
        return n;
    }

    private String atexitHeader(PyObject func) {
        int minor = rt.policy.minor();
        String f = Ops.reprOf(rt, func);
        return minor <= 9 ? "Error in atexit._run_exitfuncs:\n"
                : minor >= 13 ? "Exception ignored in atexit callback " + f + ":\n"
                : "Exception ignored in atexit callback: " + f + "\n";
    }

    /** PyErr_Print: SystemExit gives its status; anything else a traceback and status 1. */
    private int uncaught(PyException e) {
        ExceptionObject exc = e.value();
        if (exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            int status = exitStatus(exc);
            rt.heap.decref(exc);
            return status;
        }
        rt.write(Tracebacks.format(rt, exc), true);
        rt.interpreter.setLastException(exc);
        rt.heap.decref(exc);
        return 1;
    }

    private int exitStatus(ExceptionObject exc) {
        PyObject args = exc.field(1);
        if (args instanceof TupleObject t && t.size() > 0) {
            PyObject code = t.get(0);
            java.math.BigInteger i = Vm.intValue(code);
            if (i != null) {
                return i.intValue();
            }
            if (code != rt.heap.none()) {
                rt.write(Ops.strOf(rt, code) + "\n", true);
                return 1;
            }
        }
        return 0;
    }
}
