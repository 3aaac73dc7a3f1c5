package org.heapsim.python.vm;

import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;

/**
 * CALL_FUNCTION_EX: {@code f(*args, **kwargs)}. The stack holds [NULL, callable, args, kwargs?]
 * (args a tuple, or any iterable for a lone {@code *x}; kwargs a dict built by DICT_MERGE).
 *
 * <p>Who owns the arguments (measured, testdata in StarCallTest): in 3.8–3.11 the call goes
 * through {@code do_call_core}/{@code PyObject_Call}, so the args tuple and kwargs dict stay on
 * the caller's stack until the call returns and die after the callee's locals (callable, then
 * tuple items last to first, then dict entries). 3.12+ push a Python function's frame directly
 * ({@code _PyEvalFramePushAndInit_Ex}): the items move into the new frame and the tuple and
 * dict are released before the body runs, so the arguments die with the callee's locals.
 */
final class StarCalls {
    private StarCalls() {
    }

    static void callFunctionEx(Vm vm, FrameObject fo, int flags) {
        PyRuntime rt = vm.rt;
        Heap heap = rt.heap;
        PyObject kwargs = (flags & 1) != 0 ? fo.popOwned() : null;
        PyObject callargs = fo.popOwned();
        PyObject callable = fo.popOwned();
        PyObject nullSlot = fo.popOwned();
        PyObject result;
        try {
            if (!(callargs instanceof TupleObject) || callargs.type() != org.heapsim.heap.Types.TUPLE) {
                if (!Displays.isIterable(rt, callargs)) {
                    throw Displays.notIterableInCall(rt, callable, callargs);
                }
                PyObject t = heap.newTupleOwned(Iteration.toList(rt, callargs).toArray(new PyObject[0]));
                heap.decref(callargs);
                callargs = t;
            }
            TupleObject args = (TupleObject) callargs;
            DictObject kw = (DictObject) kwargs;
            int nkw = kw == null ? 0 : kw.size();
            PyObject[] all = new PyObject[args.size() + nkw];
            String[] kwNames = nkw == 0 ? null : new String[nkw];
            for (int i = 0; i < args.size(); i++) {
                all[i] = args.get(i);
            }
            if (nkw > 0) {
                int j = 0;
                for (int s = 0; s < kw.entrySlots(); s++) {
                    PyObject k = kw.keyAt(s);
                    if (k == null) {
                        continue;
                    }
                    if (!(k instanceof AtomObject a && a.isStr())) {
                        throw Displays.keywordsMustBeStrings(rt, callable);
                    }
                    kwNames[j] = a.asString();
                    all[args.size() + j] = kw.valueAt(s);
                    j++;
                }
            }
            if (rt.policy.starCallMovesArgumentsIntoFrame() && callable instanceof FunctionObject fn && fn.code() instanceof Code) {
                for (PyObject a : all) {
                    heap.incref(a);
                }
                PyObject tuple = callargs;
                PyObject dict = kwargs;
                callargs = null;
                kwargs = null;
                result = vm.callFunction(fn, all, kwNames, () -> {
                    heap.decref(tuple);
                    heap.xdecref(dict);
                });
            } else {
                result = vm.call(callable, all, kwNames);
            }
        } finally {
            heap.decref(callable);
            heap.xdecref(callargs);
            heap.xdecref(kwargs);
            heap.xdecref(nullSlot);
        }
        fo.pushOwned(result);
    }
}
