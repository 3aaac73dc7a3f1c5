package org.heapsim.python.vm;

import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.TupleObject;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * Generator objects and their protocol ({@code Objects/genobject.c}: gen_send_ex2, gen_throw,
 * gen_close, _PyGen_Finalize). A generator is a gc-tracked heap object whose one field is its
 * frame object (tracked too, so the collector sees the suspended locals and value stack); the
 * VM frame (instruction pointer, handled exceptions) is its payload.
 *
 * <p>Lifetimes (measured on 3.8–3.13, see GeneratorTest):
 * <ul>
 * <li>exhausted: the frame is cleared inside the next() that finds the return (locals in
 *     localsplus order), before the caller continues;</li>
 * <li>an exception out of the body: the value stack is released top first while unwinding, then
 *     the locals;</li>
 * <li>dropped while suspended: close() throws GeneratorExit in at the yield (finally blocks and
 *     {@code with} exits run), so a for loop's iterator dies before the locals; 3.13 closes a
 *     generator whose yield is outside any try/with without running it: locals, then the value
 *     stack ({@link org.heapsim.version.VersionPolicy#closeSkipsUnprotectedYield});</li>
 * <li>never started: closing only releases the frame (its arguments).</li>
 * </ul>
 */
final class Generators {
    enum Status { CREATED, SUSPENDED, RUNNING, CLOSED }

    /** The payload of a generator object. */
    static final class State {
        final Frame frame;
        final String qualname;
        Status status = Status.CREATED;

        State(Frame frame, String qualname) {
            this.frame = frame;
            this.qualname = qualname;
        }
    }

    /** How a resumption ended: a yielded value, or the frame's return value. Both owned. */
    private record Result(PyObject value, boolean returned) {
    }

    private Generators() {
    }

    static boolean isGenerator(PyObject o) {
        return o.type() == Types.GENERATOR;
    }

    static State state(PyObject gen) {
        return (State) ((GenericObject) gen).payload();
    }

    /**
     * RETURN_GENERATOR: the running frame becomes the generator's (suspended before its first
     * instruction after this one); the call returns the generator.
     */
    static PyObject create(PyRuntime rt, Frame f) {
        Heap heap = rt.heap;
        GenericObject gen = heap.newGeneric(Types.GENERATOR, GenericObject.Shape.GENERATOR, f.code.name, new State(f, f.code.qualname));
        heap.track(f.heapFrame);
        heap.setField(gen, 0, f.heapFrame);
        return gen;
    }

    // ------------------------------------------------------------------ the protocol

    /** gen.send(value) / next(gen): the yielded value, or StopIteration(return value). */
    static PyObject send(PyRuntime rt, PyObject gen, PyObject value) {
        return yieldedOrStop(rt, resume(rt, gen, value, null));
    }

    /** tp_iternext (FOR_ITER, iteration in built-ins): the yielded value, or null when it returned. */
    static PyObject next(PyRuntime rt, PyObject gen) {
        Result r = resume(rt, gen, rt.heap.none(), null);
        if (r.returned()) {
            rt.heap.decref(r.value());
            return null;
        }
        return r.value();
    }

    /** gen.throw(exc): exc (owned) raised at the yield, delegated to a {@code yield from} subiterator first. */
    static PyObject throwInto(PyRuntime rt, PyObject gen, ExceptionObject exc) {
        return yieldedOrStop(rt, throwResult(rt, gen, exc));
    }

    private static PyObject yieldedOrStop(PyRuntime rt, Result r) {
        if (!r.returned()) {
            return r.value();
        }
        throw stopIteration(rt, r.value());
    }

    /** StopIteration carrying value (taken over) as args[0], or no args for None. */
    static PyException stopIteration(PyRuntime rt, PyObject value) {
        Heap heap = rt.heap;
        if (value == heap.none()) {
            return rt.raise(ExceptionTypes.STOP_ITERATION, null);
        }
        ExceptionObject e = heap.newException(ExceptionTypes.STOP_ITERATION);
        TupleObject args = heap.newTupleOwned(new PyObject[] {value});
        heap.setExceptionField(e, "args", args);
        heap.decref(args);
        return rt.raised(e);
    }

    /** The value of a StopIteration (args[0] or None), a new reference. */
    static PyObject stopIterationValue(PyRuntime rt, ExceptionObject e) {
        PyObject v = e.field(1) instanceof TupleObject t && t.size() > 0 ? t.get(0) : rt.heap.none();
        rt.heap.incref(v);
        return v;
    }

    /**
     * gen_send_ex2: runs the frame from its suspension point with value pushed (or thrown raised
     * there) until it yields, returns or raises.
     */
    private static Result resume(PyRuntime rt, PyObject gen, PyObject value, ExceptionObject thrown) {
        Heap heap = rt.heap;
        State st = state(gen);
        if (st.status == Status.RUNNING) {
            if (thrown != null) {
                heap.decref(thrown);
            }
            throw rt.raise(ExceptionTypes.VALUE_ERROR, "generator already executing");
        }
        if (st.status == Status.CLOSED) {
            if (thrown != null) {
                throw rt.raised(thrown);
            }
            heap.incref(heap.none());
            return new Result(heap.none(), true);
        }
        if (st.status == Status.CREATED && thrown == null && value != heap.none()) {
            throw rt.raise(ExceptionTypes.TYPE_ERROR, "can't send non-None value to a just-started generator");
        }
        Frame f = st.frame;
        if (thrown == null) {
            heap.incref(value);
            f.heapFrame.pushOwned(value);
        }
        st.status = Status.RUNNING;
        PyObject out;
        try {
            out = rt.vm.resumeFrame(f, thrown == null ? null : rt.raised(thrown));
        } catch (PyException e) {
            st.status = Status.CLOSED;
            finishFrame(rt, gen);
            if (e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                throw pep479(rt, e);
            }
            throw e;
        }
        if (f.yielded) {
            st.status = Status.SUSPENDED;
            return new Result(out, false);
        }
        st.status = Status.CLOSED;
        finishFrame(rt, gen);
        return new Result(out, true);
    }

    /** PEP 479: "RuntimeError: generator raised StopIteration", caused by the StopIteration. */
    private static PyException pep479(PyRuntime rt, PyException stop) {
        ExceptionObject err = rt.newException(ExceptionTypes.RUNTIME_ERROR, "generator raised StopIteration");
        rt.heap.setExceptionField(err, "__cause__", stop.value());
        rt.heap.setExceptionField(err, "__context__", stop.value());
        rt.heap.decref(stop.value());
        return rt.raised(err);
    }

    /**
     * The frame is done: what is left on its value stack goes top first (exception_unwind),
     * then, unless a traceback still holds the frame object, its locals in localsplus order;
     * the generator lets go of the frame.
     */
    private static void finishFrame(PyRuntime rt, PyObject gen) {
        Heap heap = rt.heap;
        State st = state(gen);
        FrameObject fo = st.frame.heapFrame;
        while (fo.stackDepth() > 0) {
            heap.xdecref(fo.popOwned());
        }
        releaseHandled(rt, st.frame);
        GenericObject g = (GenericObject) gen;
        if (g.field(0) == null) {
            return;
        }
        if (fo.refcount() == 1) {
            heap.clearFrame(fo);
        }
        heap.setField(g, 0, null);
    }

    private static void releaseHandled(PyRuntime rt, Frame f) {
        while (!f.handled.isEmpty()) {
            rt.heap.decref(f.handled.pop());
        }
    }

    // ------------------------------------------------------------------ yield from

    /**
     * The subiterator a generator suspended in {@code yield from} delegates to (_PyGen_yf): the
     * top of its stack when it is suspended at the YIELD_VALUE right after a SEND; else null.
     */
    private static PyObject delegate(State st) {
        if (st.status != Status.SUSPENDED) {
            return null;
        }
        Frame f = st.frame;
        int pc = f.pc;
        if (pc >= 2 && f.code.ops[pc - 1] == Op.YIELD_VALUE && f.code.ops[pc - 2] == Op.SEND) {
            return f.heapFrame.peek(1);
        }
        return null;
    }

    /**
     * gen_throw/_gen_throw: with a delegate, GeneratorExit closes it and is then raised here;
     * other exceptions go to the delegate's throw(); when the delegate finishes, it is popped,
     * the generator continues after its SEND loop with the delegate's return value, or with the
     * delegate's exception raised there.
     */
    private static Result throwResult(PyRuntime rt, PyObject gen, ExceptionObject exc) {
        Heap heap = rt.heap;
        State st = state(gen);
        PyObject yf = delegate(st);
        if (yf != null) {
            if (exc.type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)) {
                try {
                    closeIterator(rt, yf);
                } catch (PyException e) {
                    heap.decref(exc);
                    exc = e.value();
                }
                return resume(rt, gen, null, exc);
            }
            PyObject sub;
            try {
                if (isGenerator(yf)) {
                    heap.incref(exc);
                    Result r = throwResult(rt, yf, exc);
                    if (!r.returned()) {
                        heap.decref(exc);
                        return r;
                    }
                    sub = r.value();
                } else {
                    PyObject meth = Ops.getAttrOrNull(rt, yf, "throw");
                    if (meth == null) {
                        return resume(rt, gen, null, exc);
                    }
                    try {
                        PyObject v = rt.vm.call(meth, new PyObject[] {exc});
                        heap.decref(exc);
                        return new Result(v, false);
                    } finally {
                        heap.decref(meth);
                    }
                }
            } catch (PyException e) {
                heap.decref(exc);
                leaveSendLoop(rt, st);
                if (e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    PyObject v = stopIterationValue(rt, e.value());
                    heap.decref(e.value());
                    try {
                        return resume(rt, gen, v, null);
                    } finally {
                        heap.decref(v);
                    }
                }
                return resume(rt, gen, null, e.value());
            }
            heap.decref(exc);
            leaveSendLoop(rt, st);
            try {
                return resume(rt, gen, sub, null);
            } finally {
                heap.decref(sub);
            }
        }
        return resume(rt, gen, null, exc);
    }

    /** Pops the finished delegate and moves the generator to its SEND's target ("termination repetition of SEND loop"). */
    private static void leaveSendLoop(PyRuntime rt, State st) {
        Frame f = st.frame;
        rt.heap.decref(f.heapFrame.popOwned());
        int sendAt = f.pc - 2;
        f.pc = f.code.args[sendAt];
    }

    /** gen_close_iter: close() of a delegate (a generator's own, or a close attribute if it has one). */
    private static void closeIterator(PyRuntime rt, PyObject it) {
        if (isGenerator(it)) {
            rt.heap.decref(close(rt, it));
            return;
        }
        PyObject meth = Ops.getAttrOrNull(rt, it, "close");
        if (meth != null) {
            try {
                rt.heap.decref(rt.vm.call(meth, new PyObject[0]));
            } finally {
                rt.heap.decref(meth);
            }
        }
    }

    /**
     * SEND target: [subiterator, value] -> PyIter_Send: a generator is resumed, another
     * iterator's __next__ (value None) or send() called. A yielded value is pushed over the
     * subiterator; at its end the subiterator is replaced by its return value and the
     * generator continues at target. The sent value is released first, then the subiterator.
     */
    static void sendInstruction(PyRuntime rt, Frame f, int target) {
        Heap heap = rt.heap;
        FrameObject fo = f.heapFrame;
        PyObject v = fo.popOwned();
        PyObject sub = fo.peek(1);
        PyObject out;
        boolean returned;
        try {
            if (isGenerator(sub)) {
                Result r = resume(rt, sub, v, null);
                out = r.value();
                returned = r.returned();
            } else {
                PyObject meth = v == heap.none() ? null : Ops.getAttr(rt, sub, "send");
                try {
                    out = meth == null ? Iteration.nextOrStop(rt, sub) : rt.vm.call(meth, new PyObject[] {v});
                    returned = false;
                } catch (PyException e) {
                    if (!e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                        throw e;
                    }
                    out = stopIterationValue(rt, e.value());
                    heap.decref(e.value());
                    returned = true;
                } finally {
                    if (meth != null) {
                        heap.decref(meth);
                    }
                }
            }
        } finally {
            heap.decref(v);
        }
        if (returned) {
            heap.decref(fo.popOwned());
            f.pc = target;
        }
        fo.pushOwned(out);
    }

    /** GET_YIELD_FROM_ITER: a generator stays; anything else is replaced by iter() of it. */
    static void getYieldFromIter(PyRuntime rt, FrameObject fo) {
        PyObject top = fo.peek(1);
        if (!isGenerator(top)) {
            PyObject it = Iteration.iter(rt, top);
            fo.swapPeek(1, it);
            rt.heap.decref(top);
        }
    }

    // ------------------------------------------------------------------ close and finalization

    /**
     * gen_close: GeneratorExit thrown in at the yield; a GeneratorExit or StopIteration coming
     * out is swallowed, a value yielded instead is "generator ignored GeneratorExit". Returns
     * None, or (3.13) the value the generator returned.
     */
    static PyObject close(PyRuntime rt, PyObject gen) {
        Heap heap = rt.heap;
        State st = state(gen);
        if (st.status == Status.CREATED) {
            st.status = Status.CLOSED;
            finishFrame(rt, gen);
            return heap.none();
        }
        if (st.status == Status.CLOSED) {
            return heap.none();
        }
        if (st.status == Status.SUSPENDED && rt.policy.closeSkipsUnprotectedYield() && delegate(st) == null
                && st.frame.code.handlerFor(st.frame.pc - 1) == null) {
            // 3.13 gen_close: a yield outside every try/with cannot run code on close: the frame
            // is cleared as it is (_PyFrame_ClearLocals: locals, then the value stack bottom up)
            st.status = Status.CLOSED;
            GenericObject g = (GenericObject) gen;
            FrameObject fo = st.frame.heapFrame;
            releaseHandled(rt, st.frame);
            if (fo.refcount() == 1) {
                heap.clearFrame(fo);
            }
            heap.setField(g, 0, null);
            return heap.none();
        }
        ExceptionObject exit = rt.newException(ExceptionTypes.GENERATOR_EXIT, null);
        Result r;
        try {
            r = throwResult(rt, gen, exit);
        } catch (PyException e) {
            if (e.value().type().isSubtypeOf(ExceptionTypes.GENERATOR_EXIT)
                    || e.value().type().isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                heap.decref(e.value());
                return heap.none();
            }
            throw e;
        }
        if (!r.returned()) {
            heap.decref(r.value());
            throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "generator ignored GeneratorExit");
        }
        if (rt.policy.closeReturnsValue()) {
            return r.value();
        }
        heap.decref(r.value());
        return heap.none();
    }

    /** _PyGen_Finalize (tp_finalize, from gen_dealloc or the collector): close(); errors are unraisable. */
    static void finalize(PyRuntime rt, PyObject gen) {
        State st = state(gen);
        if (st.status == Status.CLOSED) {
            return;
        }
        try {
            rt.heap.decref(close(rt, gen));
        } catch (PyException e) {
            rt.heap.host().writeUnraisable(e, gen);
        }
    }

    /** repr: {@code <generator object qualname at 0x...>}. */
    static String repr(PyObject gen) {
        return "<generator object " + state(gen).qualname + " at " + Repr.address(gen) + ">";
    }
}
