package org.heapsim.python.vm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.CellObject;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.FunctionObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.MethodObject;
import org.heapsim.heap.NativeFunction;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.Root;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * The eval loop ({@code Python/ceval.c}): runs code objects on frames whose value stack holds
 * counted references, so temporaries die exactly when CPython's stack drops them. Python
 * calls push VM frames; calls from the engine (finalizers, callbacks) re-enter the loop as
 * CPython re-enters its own from C.
 */
public final class Vm {
    final PyRuntime rt;
    final Heap heap;
    final BuiltinMethods builtinMethods;
    private final Root thread;
    private Frame current;
    /** The keyword names of the built-in function being called (its arguments end with their values). */
    String[] lastKwNames;
    private final boolean calleeOwnsArgs;

    Vm(PyRuntime rt) {
        this.rt = rt;
        this.heap = rt.heap;
        this.builtinMethods = new BuiltinMethods(rt);
        this.thread = heap.newRoot("thread (running frames)");
        this.calleeOwnsArgs = rt.policy.argumentsOwnedByCallee();
        rt.vm = this;
    }

    int depth() {
        return current == null ? 0 : current.depth;
    }

    // ------------------------------------------------------------------ calls from Java

    /** Calls callable with borrowed arguments; returns a new reference. */
    PyObject call(PyObject callable, PyObject[] args) {
        return call(callable, args, null);
    }

    /** Calls with borrowed arguments, the last kwNames.length of them by keyword. */
    PyObject call(PyObject callable, PyObject[] args, String[] kwNames) {
        if (callable instanceof FunctionObject f && f.code() instanceof Code) {
            PyObject[] owned = args.clone();
            for (PyObject a : owned) {
                heap.incref(a);
            }
            return callFunction(f, owned, kwNames);
        }
        if (callable instanceof MethodObject m) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = m.self();
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(m.function(), withSelf, kwNames);
        }
        return callOther(callable, args, kwNames);
    }

    /** Calls anything that is not a Python function: built-ins, classes, callable instances. */
    private PyObject callOther(PyObject callable, PyObject[] args, String[] kwNames) {
        if (callable instanceof GenericObject g && g.payload() instanceof NativeFunction fn) {
            String[] saved = lastKwNames;
            lastKwNames = kwNames;
            try {
                return orNone(fn.call(heap, args));
            } finally {
                lastKwNames = saved;
            }
        }
        if (callable instanceof org.heapsim.weak.WeakRefObject p && p.isProxy()) {
            return call(Proxies.unwrap(rt, p), args, kwNames); // proxy_call
        }
        if (callable instanceof org.heapsim.weak.WeakRefObject w && !w.isProxy()
                && Ops.typeLookupUser(rt, w.type(), "__call__") == null) {
            if (args.length != 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "weakref() takes no arguments");
            }
            PyObject r = w.referent() == null ? heap.none() : w.referent();
            heap.incref(r);
            return r;
        }
        if (callable instanceof GenericObject g && g.payload() instanceof BuiltinMethods.Bound b) {
            return orNone(b.descriptor().impl().call(rt, g.field(0), args, kwNames));
        }
        if (callable instanceof GenericObject g && g.payload() instanceof BuiltinMethods.Descriptor d) {
            if (args.length == 0) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "unbound method " + d.owner().name() + "." + d.name() + "() needs an argument");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return orNone(d.impl().call(rt, args[0], rest, kwNames));
        }
        if (callable instanceof ClassObject cls) {
            return Classes.instantiate(rt, cls, args, kwNames);
        }
        if (callable instanceof PyType t) {
            PyObject d = Descriptors.construct(rt, t, args, kwNames);
            return d != null ? d : Constructors.construct(rt, t, args, kwNames);
        }
        if (Descriptors.isStaticMethod(callable) && rt.policy.methodWrappersCopyAttributes()) {
            return call(Descriptors.callable(callable), args, kwNames); // sm_call (3.10+)
        }
        if (heap.finalizers().isFinalizer(callable)) {
            return heap.call(callable, args);
        }
        PyObject dunder = Ops.typeLookupUser(rt, callable.type(), "__call__");
        if (dunder != null) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = callable;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return call(dunder, withSelf, kwNames);
        }
        throw rt.raise(ExceptionTypes.TYPE_ERROR, "'" + Ops.typeName(callable) + "' object is not callable");
    }

    private PyObject orNone(PyObject o) {
        return o == null ? heap.none() : o;
    }

    // ------------------------------------------------------------------ Python function calls

    /**
     * Calls a Python function, taking ownership of args (they move into the new frame's
     * localsplus: CPython 3.11+'s rule; for 3.8–3.10 the VM's CALL keeps its own references on
     * the caller's stack and passes new ones here).
     */
    PyObject callFunction(FunctionObject f, PyObject[] ownedArgs, String[] kwNames) {
        return callFunction(f, ownedArgs, kwNames, null);
    }

    /** As above; afterBind runs once the arguments are in the new frame, before its body (3.12+ CALL_FUNCTION_EX). */
    PyObject callFunction(FunctionObject f, PyObject[] ownedArgs, String[] kwNames, Runnable afterBind) {
        Code code = (Code) f.code();
        if (depth() >= rt.limits.recursionLimit()) {
            for (PyObject a : ownedArgs) {
                heap.decref(a);
            }
            if (afterBind != null) {
                afterBind.run();
            }
            throw rt.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        FrameObject fo = heap.newFrame(code.name, code.localsplus, null, null);
        Frame frame = new Frame(code, fo, f.globals(), null, current);
        heap.hold(thread, fo);
        heap.decref(fo);
        try {
            Arguments.bind(rt, f, code, fo, ownedArgs, kwNames);
        } catch (PyException e) {
            leaveFrame(frame);
            if (afterBind != null) {
                afterBind.run();
            }
            throw e;
        }
        copyFreeVars(frame, f);
        if (afterBind != null) {
            afterBind.run();
        }
        return run(frame);
    }

    /** COPY_FREE_VARS: the closure's cells go to the end of localsplus. */
    private void copyFreeVars(Frame frame, FunctionObject f) {
        TupleObject closure = f.closure();
        if (closure == null) {
            return;
        }
        int base = frame.code.localsplus.length - closure.size();
        for (int i = 0; i < closure.size(); i++) {
            PyObject cell = closure.get(i);
            heap.incref(cell);
            frame.heapFrame.putLocalOwned(base + i, cell);
        }
    }

    /** Runs module-level code with globals as its namespace. */
    PyObject runModule(Code code, DictObject globals) {
        FrameObject fo = heap.newFrame(code.name, code.localsplus, null, null);
        Frame frame = new Frame(code, fo, globals, globals, current);
        heap.hold(thread, fo);
        heap.decref(fo);
        return run(frame);
    }

    /** Runs a class body with ns as its namespace (__build_class__). */
    PyObject runClassBody(FunctionObject body, DictObject ns) {
        Code code = (Code) body.code();
        FrameObject fo = heap.newFrame(code.name, code.localsplus, null, null);
        Frame frame = new Frame(code, fo, body.globals(), ns, current);
        heap.hold(thread, fo);
        heap.decref(fo);
        copyFreeVars(frame, body);
        return run(frame);
    }

    /**
     * Resumes a generator's frame (gen_send_ex2): linked under the current frame while it runs,
     * with thrown (if not null) raised at its suspension point. Returns the yielded or returned
     * value ({@link Frame#yielded} says which); the generator owns the frame throughout.
     */
    PyObject resumeFrame(Frame frame, PyException thrown) {
        if (depth() >= rt.limits.recursionLimit()) {
            if (thrown != null) {
                heap.decref(thrown.value());
            }
            throw rt.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        frame.back = current;
        frame.depth = depth() + 1;
        heap.hold(thread, frame.heapFrame);
        Frame saved = current;
        current = frame;
        try {
            if (thrown == null) {
                heap.gc().evalBreaker(); // RESUME after the yield
            }
            return new EvalLoop(this, frame).execute(thrown);
        } finally {
            current = saved;
            frame.back = null;
            heap.release(thread, frame.heapFrame);
            frameLeft(frame);
        }
    }

    private PyObject run(Frame frame) {
        Frame saved = current;
        current = frame;
        try {
            heap.gc().evalBreaker(); // RESUME at the start of the code (3.12+: a scheduled collection runs)
            return new EvalLoop(this, frame).execute();
        } finally {
            current = saved;
            leaveFrame(frame);
            frameLeft(frame);
        }
    }

    /**
     * After a frame of the program stopped (its locals released under its last line's
     * operation): the observer is told, and the caller's line is the cause again of what the
     * calling instruction still does (a class created from its body, a result stored).
     */
    private void frameLeft(Frame frame) {
        if (!heap.emitting() || frame.code.library) {
            return;
        }
        if (rt.lineObserver != null) {
            rt.lineObserver.frameLeft(heap, frame);
        }
        Frame caller = current;
        if (caller != null && !caller.code.library && caller.opLine > 0) {
            heap.setLine(caller.opLine);
            if (caller.opSeq != 0 && caller.opSeq != rt.operationSeq) {
                heap.pushCause(caller.opSeq);
                rt.operationSeq = caller.opSeq;
            }
        }
    }

    /**
     * Leaving a frame: its value stack is emptied top first; if nothing else holds the frame
     * object (no traceback, no generator) its locals are released in localsplus order and it is
     * freed; an escaped frame keeps its locals for as long as it lives.
     */
    void leaveFrame(Frame frame) {
        FrameObject fo = frame.heapFrame;
        while (fo.stackDepth() > 0) {
            heap.xdecref(fo.popOwned());
        }
        if (fo.refcount() == 1) {
            heap.clearFrame(fo);
        }
        heap.release(thread, fo);
    }

    Frame current() {
        return current;
    }

    // ------------------------------------------------------------------ tracebacks

    /**
     * _PyErr_SetObject's implicit chaining: an exception raised while another is being handled
     * (the topmost of the running frames' except blocks, _PyErr_GetTopmostException) gets it as
     * its __context__, after any link back to the new exception in that chain is cut, so that
     * no new cycle is made through contexts (Floyd's walk, as CPython does).
     */
    void chainContext(ExceptionObject value) {
        PyObject handled = null;
        for (Frame fr = current; fr != null && handled == null; fr = fr.back) {
            handled = fr.handled.peek();
        }
        if (!(handled instanceof ExceptionObject active) || active == value) {
            return;
        }
        ExceptionObject o = active;
        ExceptionObject slow = o;
        boolean toggle = false;
        while (o.field(5) instanceof ExceptionObject context) {
            if (context == value) {
                heap.setExceptionField(o, "__context__", null);
                break;
            }
            o = context;
            if (o == slow) {
                break; // a cycle that was there before: every exception on it was checked
            }
            if (toggle) {
                slow = (ExceptionObject) slow.field(5);
            }
            toggle = !toggle;
        }
        heap.setExceptionField(value, "__context__", active);
    }

    /** PyTraceBack_Here: the frame joins the exception's traceback (and so escapes). */
    void addTraceback(PyException e, Frame frame) {
        ExceptionObject exc = e.value();
        FrameObject fo = frame.heapFrame;
        fo.setLine(frame.line());
        heap.track(fo);
        GenericObject tb = heap.newGeneric(Types.TRACEBACK, GenericObject.Shape.TRACEBACK, null,
                new Tracebacks.Site(frame.code, Math.max(0, frame.pc - 1), frame.line()));
        PyObject old = exc.field(3);
        if (old != null) {
            heap.setField(tb, 0, old);
        }
        heap.setField(tb, 1, fo);
        heap.setExceptionField(exc, "__traceback__", tb);
        heap.decref(tb);
    }

    // ------------------------------------------------------------------ helpers for the loop

    static BigInteger intValue(PyObject o) {
        return o instanceof AtomObject a && a.value() instanceof BigInteger i ? i : null;
    }

    CellObject cellAt(Frame f, int i) {
        return (CellObject) f.heapFrame.local(i);
    }

    PyObject newList(List<PyObject> ownedItems) {
        ListObject l = heap.newList();
        for (PyObject o : ownedItems) {
            heap.listAppend(l, o);
            heap.decref(o);
        }
        return l;
    }

    boolean calleeOwnsArgs() {
        return calleeOwnsArgs;
    }
}
