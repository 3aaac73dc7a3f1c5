package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
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
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.TupleObject;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * One activation of the eval loop on one frame. Each case pops its operands (taking their
 * references), pushes its result (a new reference) and releases the operands in the order
 * CPython's instruction does.
 */
final class EvalLoop {
    private final Vm vm;
    private final PyRuntime rt;
    private final Heap heap;
    private final Frame f;
    private final Code code;
    private final FrameObject fo;

    EvalLoop(Vm vm, Frame f) {
        this.vm = vm;
        this.rt = vm.rt;
        this.heap = vm.heap;
        this.f = f;
        this.code = f.code;
        this.fo = f.heapFrame;
    }

    private void push(PyObject owned) {
        fo.pushOwned(owned);
    }

    private PyObject pop() {
        return fo.popOwned();
    }

    /**
     * Pops the top of the stack, runs op on it and releases it afterwards, also when op raises:
     * an instruction's operands stay alive until it has finished, as in ceval's DECREF after the
     * operation.
     */
    private void popOne(Consumer<PyObject> op) {
        PyObject top = pop();
        try {
            op.accept(top);
        } finally {
            release(top);
        }
    }

    /** As popOne for two operands: op gets (second, top) and they are released in that order. */
    private void popTwo(BiConsumer<PyObject, PyObject> op) {
        PyObject top = pop();
        PyObject second = pop();
        try {
            op.accept(second, top);
        } finally {
            release(second);
            release(top);
        }
    }

    private PyObject top() {
        return fo.peek(1);
    }

    private void release(PyObject o) {
        if (o != null) {
            heap.decref(o);
        }
    }

    PyObject execute() {
        return execute(null);
    }

    /** Runs until the frame returns or yields; thrown (a generator's throw()) is raised first, at the suspension point. */
    PyObject execute(PyException thrown) {
        if (thrown != null) {
            unwind(thrown, f.pc - 1);
        }
        while (true) {
            int pc = f.pc;
            try {
                PyObject result = step();
                if (result != null) {
                    return result;
                }
            } catch (PyException e) {
                unwind(e, pc);
            } catch (org.heapsim.heap.Unsupported e) {
                int[] location = code.locationOf(pc);
                int col = location != null && location[0] == code.lineOf(pc) ? location[1] + 1 : 0;
                throw e.locatedAt(code.filename, code.lineOf(pc), col);
            }
        }
    }

    /** An exception raised at pc: to the innermost handler (stack cut to its depth), or out of the frame. */
    private void unwind(PyException e, int pc) {
        if (e.reraised) {
            e.reraised = false;
        } else {
            if (e.value().field(3) == null) {
                // raised by the instruction itself (C code in CPython): _PyErr_SetObject chains it
                vm.chainContext(e.value());
            }
            vm.addTraceback(e, f);
        }
        Code.Handler h = code.handlerFor(pc);
        if (h == null) {
            throw e;
        }
        while (fo.stackDepth() > h.depth()) {
            release(pop());
        }
        if (h.pushLasti()) {
            push(heap.newInt(pc));
        }
        push(e.value());
        f.pc = h.target();
    }

    /**
     * The program's code (not heapsim's library) runs an instruction of line while someone
     * listens. A new line of this frame begins a heap Operation ("line 17 'del catalog'"), the
     * root cause of whatever it frees; back in this frame after a call, its line's operation
     * is the cause again. Lines run inside calls the engine makes (__del__, weakref callbacks,
     * finalizers, atexit) begin none: what they free belongs to the free or shutdown that called them.
     */
    private void programLine(int line) {
        if (line == f.opLine) {
            heap.setLine(line);
            if (f.opSeq != rt.operationSeq && f.opSeq != 0) {
                heap.pushCause(f.opSeq); // cleared at the next operation
                rt.operationSeq = f.opSeq;
            }
            return;
        }
        boolean first = f.opLine < 0;
        f.opLine = line;
        if (first && line > 0 && line == heap.line() && rt.operationSeq != 0 && rt.engineCalls == 0) {
            f.opSeq = rt.operationSeq; // a class body, comprehension or lambda on the calling line: the same operation
        } else if (line > 0 && rt.engineCalls == 0) {
            f.opSeq = heap.beginOperation(line, rt.sourceLine(code.filename, line));
            rt.operationSeq = f.opSeq;
        } else {
            heap.setLine(line);
            f.opSeq = 0;
        }
        if (rt.lineObserver != null && line > 0) {
            rt.lineObserver.lineStarted(heap, f, line);
        }
    }

    /** Runs one instruction; returns the frame's result on RETURN_VALUE, else null. */
    private PyObject step() {
        int pc = f.pc++;
        int op = code.ops[pc];
        int arg = code.args[pc];
        if (++rt.steps > rt.limits.maxSteps()) {
            throw new PyRuntime.LimitExceeded("step limit of " + rt.limits.maxSteps() + " exceeded");
        }
        if (!code.library) {
            if (heap.emitting()) {
                programLine(code.lines[pc]);
            } else {
                heap.setLine(code.lines[pc]); // events inside heapsim's weakref.py belong to the calling line
            }
        }
        switch (op) {
            case Op.NOP -> {
            }
            case Op.POP_TOP -> release(pop());
            case Op.PUSH_NULL -> push(null);
            case Op.COPY -> {
                PyObject o = fo.peek(arg);
                heap.incref(o);
                push(o);
            }
            case Op.SWAP -> {
                PyObject a = fo.swapPeek(1, fo.peek(arg));
                fo.swapPeek(arg, a);
            }
            case Op.LOAD_CONST -> {
                PyObject c = code.consts[arg];
                heap.incref(c);
                push(c);
            }
            case Op.LOAD_FAST -> {
                PyObject v = fo.local(arg);
                if (v == null) {
                    throw unboundLocal(code.localsplus[arg]);
                }
                heap.incref(v);
                push(v);
            }
            case Op.STORE_FAST -> release(fo.putLocalOwned(arg, pop()));
            case Op.LOAD_FAST_AND_CLEAR -> push(fo.takeLocal(arg));
            case Op.DELETE_FAST -> {
                PyObject old = fo.takeLocal(arg);
                if (old == null) {
                    throw unboundLocal(code.localsplus[arg]);
                }
                release(old);
            }
            case Op.MAKE_CELL -> {
                PyObject initial = fo.takeLocal(arg);
                CellObject cell = heap.newCell(initial);
                release(initial);
                fo.putLocalOwned(arg, cell);
            }
            case Op.LOAD_CLOSURE -> {
                PyObject cell = fo.local(arg);
                heap.incref(cell);
                push(cell);
            }
            case Op.LOAD_DEREF -> {
                PyObject v = vm.cellAt(f, arg).contents();
                if (v == null) {
                    throw freeVarError(arg);
                }
                heap.incref(v);
                push(v);
            }
            case Op.STORE_DEREF -> {
                PyObject v = pop();
                heap.cellSet(vm.cellAt(f, arg), v);
                release(v);
            }
            case Op.DELETE_DEREF -> {
                CellObject c = vm.cellAt(f, arg);
                if (c.contents() == null) {
                    throw freeVarError(arg);
                }
                heap.cellSet(c, null);
            }
            case Op.LOAD_NAME -> push(loadName(arg));
            case Op.STORE_NAME -> {
                PyObject v = pop();
                heap.setItem((DictObject) f.locals, internedName(arg), v);
                release(v);
            }
            case Op.DELETE_NAME -> {
                if (!deleteName((DictObject) f.locals, arg)) {
                    throw nameError(code.names[arg]);
                }
            }
            case Op.LOAD_GLOBAL -> {
                if ((arg & 1) != 0) {
                    push(null);
                }
                push(loadGlobal(arg >> 1));
            }
            case Op.STORE_GLOBAL -> {
                PyObject v = pop();
                heap.setItem(f.globals, internedName(arg), v);
                release(v);
            }
            case Op.DELETE_GLOBAL -> {
                if (!deleteName(f.globals, arg)) {
                    throw nameError(code.names[arg]);
                }
            }
            // the hot two-operand instructions release their operands inline (as popOne/popTwo
            // do) rather than through a lambda: one call site per instruction stays monomorphic
            case Op.LOAD_ATTR -> {
                PyObject owner = pop();
                try {
                    push(Ops.getAttr(rt, owner, code.names[arg]));
                } finally {
                    release(owner);
                }
            }
            case Op.LOAD_METHOD -> loadMethod(code.names[arg]);
            case Op.STORE_ATTR -> {
                PyObject owner = pop();
                PyObject v = pop();
                try {
                    Ops.setAttr(rt, owner, code.names[arg], v);
                } finally {
                    release(v);
                    release(owner);
                }
            }
            case Op.DELETE_ATTR -> popOne(owner -> Ops.delAttr(rt, owner, code.names[arg]));
            case Op.BINARY_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                try {
                    push(Arith.binary(rt, BinaryOp.VALUES[arg], left, right));
                } finally {
                    release(left);
                    release(right);
                }
            }
            case Op.COMPARE_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                try {
                    if (rt.policy.comparisonCountsRecursion() && vm.depth() >= rt.limits.recursionLimit()) {
                        throw rt.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded in comparison");
                    }
                    push(Arith.compare(rt, CompareOp.VALUES[arg], left, right));
                } finally {
                    release(left);
                    release(right);
                }
            }
            case Op.IS_OP -> {
                PyObject right = pop();
                PyObject left = pop();
                boolean same = left == right || Arith.sameAtom(left, right);
                release(left);
                release(right);
                push(heap.bool(same != (arg == 1)));
            }
            case Op.CONTAINS_OP -> popTwo((item, container) -> push(heap.bool(Arith.contains(rt, container, item) != (arg == 1))));
            case Op.UNARY_NOT -> popOne(v -> push(heap.bool(!Ops.isTrue(rt, v))));
            case Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_INVERT -> {
                PyObject v = pop();
                try {
                    push(Arith.unary(rt, op, v));
                } finally {
                    release(v);
                }
            }
            case Op.BINARY_SUBSCR -> {
                PyObject key = pop();
                PyObject container = pop();
                try {
                    push(Subscripts.get(rt, container, key));
                } finally {
                    release(container);
                    release(key);
                }
            }
            case Op.STORE_SUBSCR -> {
                PyObject key = pop();
                PyObject container = pop();
                PyObject v = pop();
                try {
                    Subscripts.set(rt, container, key, v);
                } finally {
                    release(v);
                    release(container);
                    release(key);
                }
            }
            case Op.DELETE_SUBSCR -> popTwo((container, key) -> Subscripts.delete(rt, container, key));
            case Op.BUILD_SLICE -> {
                PyObject step = arg == 3 ? pop() : null;
                PyObject stop = pop();
                PyObject start = pop();
                push(Subscripts.newSlice(rt, start, stop, step));
                release(start);
                release(stop);
                release(step);
            }
            case Op.BUILD_TUPLE -> {
                PyObject[] items = new PyObject[arg];
                for (int i = arg - 1; i >= 0; i--) {
                    items[i] = pop();
                }
                push(heap.newTupleOwned(items));
            }
            case Op.BUILD_LIST -> {
                PyObject[] items = new PyObject[arg];
                for (int i = arg - 1; i >= 0; i--) {
                    items[i] = pop();
                }
                ListObject l = heap.newList();
                for (PyObject o : items) {
                    heap.listAppend(l, o);
                    heap.decref(o);
                }
                push(l);
            }
            case Op.BUILD_MAP -> {
                PyObject[] kv = new PyObject[arg * 2];
                for (int i = arg * 2 - 1; i >= 0; i--) {
                    kv[i] = pop();
                }
                DictObject d = heap.newDict();
                try {
                    for (int i = 0; i < kv.length; i += 2) {
                        heap.setItem(d, kv[i], kv[i + 1]);
                    }
                } finally {
                    // the stack is popped from the top: last value, last key, ... (BUILD_MAP)
                    for (int i = kv.length - 1; i >= 0; i--) {
                        release(kv[i]);
                    }
                }
                push(d);
            }
            case Op.BUILD_STRING -> {
                StringBuilder sb = new StringBuilder();
                PyObject[] parts = new PyObject[arg];
                for (int i = arg - 1; i >= 0; i--) {
                    parts[i] = pop();
                }
                for (PyObject p : parts) {
                    sb.append(((AtomObject) p).asString());
                    release(p);
                }
                push(heap.newStr(sb.toString()));
            }
            case Op.FORMAT_VALUE -> {
                PyObject spec = (arg & 4) != 0 ? pop() : null;
                PyObject v = pop();
                try {
                    push(heap.newStr(Formatting.formatValue(rt, v, arg & 3, spec)));
                } finally {
                    release(v);
                    release(spec);
                }
            }
            case Op.LIST_APPEND -> {
                PyObject v = pop();
                heap.listAppend((ListObject) fo.peek(arg), v);
                release(v);
            }
            case Op.BUILD_SET -> Displays.buildSet(rt, fo, arg);
            case Op.BUILD_CONST_KEY_MAP -> Displays.buildConstKeyMap(rt, fo, arg);
            case Op.SET_ADD -> Displays.setAdd(rt, fo, arg);
            case Op.MAP_ADD -> Displays.mapAdd(rt, fo, arg);
            case Op.LIST_EXTEND -> Displays.listExtend(rt, fo, arg);
            case Op.SET_UPDATE -> Displays.setUpdate(rt, fo, arg);
            case Op.DICT_UPDATE -> Displays.dictUpdate(rt, fo, arg);
            case Op.DICT_MERGE -> Displays.dictMerge(rt, fo, arg);
            case Op.LIST_TO_TUPLE -> Displays.listToTuple(rt, fo);
            case Op.CALL_FUNCTION_EX -> StarCalls.callFunctionEx(vm, fo, arg);
            // Vm.callFunction copies the closure's cells when it creates the frame (before any
            // instruction runs, as CPython 3.11's first instruction does)
            case Op.COPY_FREE_VARS -> {
            }
            case Op.LOAD_CLASSDEREF -> push(loadClassDeref(arg));
            case Op.SETUP_ANNOTATIONS -> {
                DictObject ns = (DictObject) f.locals;
                if (heap.getItemStr(ns, "__annotations__") == null) {
                    DictObject ann = heap.newDict();
                    heap.setItemStr(ns, "__annotations__", ann);
                    heap.decref(ann);
                }
            }
            case Op.BEFORE_WITH -> With.beforeWith(rt, fo);
            case Op.WITH_EXCEPT_START -> With.withExceptStart(rt, fo);
            case Op.UNPACK_SEQUENCE -> Subscripts.unpack(rt, fo, pop(), arg, -1);
            case Op.UNPACK_EX -> Subscripts.unpack(rt, fo, pop(), arg & 0xff, arg >> 8);
            case Op.JUMP -> jump(arg);
            case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> {
                PyObject v = pop();
                boolean t;
                try {
                    t = Ops.isTrue(rt, v);
                } finally {
                    release(v);
                }
                if (t == (op == Op.POP_JUMP_IF_TRUE)) {
                    jump(arg);
                }
            }
            case Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE -> {
                PyObject v = pop();
                boolean isNone = v == heap.none();
                release(v);
                if (isNone == (op == Op.POP_JUMP_IF_NONE)) {
                    jump(arg);
                }
            }
            case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> {
                boolean t = Ops.isTrue(rt, top());
                if (t == (op == Op.JUMP_IF_TRUE_OR_POP)) {
                    f.pc = arg;
                } else {
                    release(pop());
                }
            }
            case Op.GET_ITER -> {
                PyObject iterable = pop();
                try {
                    push(Iteration.iter(rt, iterable));
                } finally {
                    release(iterable);
                }
            }
            case Op.FOR_ITER -> {
                PyObject next = Iteration.next(rt, top());
                if (next == null) {
                    release(pop());
                    f.pc = arg;
                } else {
                    push(next);
                }
            }
            case Op.KW_NAMES -> f.kwNames = code.consts[arg];
            case Op.CALL -> call(arg);
            case Op.MAKE_FUNCTION -> makeFunction(arg);
            case Op.LOAD_BUILD_CLASS -> push(Classes.buildClassFunction(rt));
            case Op.RETURN_VALUE -> {
                f.yielded = false;
                return pop();
            }
            case Op.RETURN_GENERATOR -> {
                f.yielded = false;
                return Generators.create(rt, f);
            }
            case Op.YIELD_VALUE -> {
                f.yielded = true;
                return pop();
            }
            case Op.SEND -> Generators.sendInstruction(rt, f, arg);
            case Op.GET_YIELD_FROM_ITER -> Generators.getYieldFromIter(rt, fo);
            case Op.RAISE_VARARGS -> throw raise(arg);
            case Op.RERAISE -> {
                PyObject exc = pop();
                PyException e = reraise(exc);
                e.reraised = true;
                throw e;
            }
            case Op.PUSH_EXC_INFO -> {
                PyObject exc = top();
                heap.incref(exc);
                f.handled.push(exc);
            }
            case Op.POP_EXCEPT -> {
                PyObject exc = f.handled.pop();
                release(exc);
            }
            case Op.CHECK_EXC_MATCH -> popOne(type -> push(heap.bool(Classes.exceptionMatches(rt, top(), type))));
            case Op.LOAD_ASSERTION_ERROR -> push(ExceptionTypes.ASSERTION_ERROR);
            case Op.IMPORT_NAME -> {
                release(pop()); // fromlist: the subset has no packages, so it changes nothing
                PyObject levelObj = pop();
                java.math.BigInteger level = Vm.intValue(levelObj);
                release(levelObj);
                push(Modules.importName(rt, code.names[arg], level == null ? 0 : level.longValue(), f));
            }
            case Op.IMPORT_FROM -> push(Modules.importFrom(rt, top(), code.names[arg]));
            default -> throw new IllegalStateException("opcode " + Op.name(op) + " is not implemented by the VM");
        }
        return null;
    }

    // ------------------------------------------------------------------ names

    /**
     * names[i] as the heap's interned str if it exists, else null. Remembered in the code object
     * once found: the interned table keeps its strs for good.
     */
    private AtomObject internedOrNull(int i) {
        AtomObject[] atoms = code.nameAtoms;
        if (atoms == null) {
            atoms = new AtomObject[code.names.length];
            code.nameAtoms = atoms;
        }
        AtomObject a = atoms[i];
        if (a == null) {
            a = heap.internedOrNull(code.names[i]);
            atoms[i] = a;
        }
        return a;
    }

    /** names[i] interned (created on first use, as Heap.setItemStr does). */
    private AtomObject internedName(int i) {
        AtomObject a = internedOrNull(i);
        if (a == null) {
            a = heap.intern(code.names[i]);
            code.nameAtoms[i] = a;
        }
        return a;
    }

    /** Heap.getItemStr(d, names[i]), without the interned-table lookup once the name is known. */
    private PyObject lookupName(DictObject d, AtomObject key, int i) {
        return key != null ? heap.getItem(d, key) : heap.getItemStr(d, code.names[i]);
    }

    /** Heap.delItemStr(d, names[i]). */
    private boolean deleteName(DictObject d, int i) {
        AtomObject key = internedOrNull(i);
        return key != null ? heap.delItem(d, key) : heap.delItemStr(d, code.names[i]);
    }

    private PyObject loadName(int i) {
        AtomObject key = internedOrNull(i);
        PyObject v = lookupName((DictObject) f.locals, key, i);
        if (v == null && f.locals != f.globals) {
            v = lookupName(f.globals, key, i);
        }
        if (v == null) {
            v = lookupName(rt.builtins, key, i);
        }
        if (v == null) {
            throw nameError(code.names[i]);
        }
        heap.incref(v);
        return v;
    }

    private PyObject loadGlobal(int i) {
        AtomObject key = internedOrNull(i);
        PyObject v = lookupName(f.globals, key, i);
        if (v == null) {
            v = lookupName(rt.builtins, key, i);
        }
        if (v == null) {
            throw nameError(code.names[i]);
        }
        heap.incref(v);
        return v;
    }

    /** LOAD_CLASSDEREF: a class body's free variable, from the class namespace first, then the cell. */
    private PyObject loadClassDeref(int index) {
        PyObject v = heap.getItemStr((DictObject) f.locals, code.localsplus[index]);
        if (v == null) {
            v = vm.cellAt(f, index).contents();
            if (v == null) {
                throw freeVarError(index);
            }
        }
        heap.incref(v);
        return v;
    }

    private PyException nameError(String name) {
        MissingBuiltins.check(name);
        return rt.raise(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
    }

    private PyException unboundLocal(String name) {
        return rt.raise(ExceptionTypes.UNBOUND_LOCAL_ERROR, org.heapsim.version.Message.UNBOUND_LOCAL.format(rt.policy.minor(), name));
    }

    private PyException freeVarError(int index) {
        String name = code.localsplus[index];
        if ((code.kinds[index] & Code.FREE) != 0) {
            return rt.raise(ExceptionTypes.NAME_ERROR, org.heapsim.version.Message.UNBOUND_FREE.format(rt.policy.minor(), name));
        }
        return unboundLocal(name);
    }

    // ------------------------------------------------------------------ methods and calls

    /** LOAD_METHOD: [function, self] when the attribute is a plain function on the type, else [NULL, attribute]. */
    private void loadMethod(String name) {
        PyObject owner = pop();
        try {
            // _PyObject_GetMethod: only for types whose tp_getattro is PyObject_GenericGetAttr (not super, modules, types)
            if (!(owner instanceof PyType) && !(owner instanceof GenericObject g && g.shape() == GenericObject.Shape.MODULE)
                    && !Super.isSuper(owner)) {
                PyObject descr = Ops.typeLookup(rt, owner.type(), name);
                boolean shadowed = owner.instanceState() != null && heap.getAttr(owner, name) != null;
                if (!shadowed && (descr instanceof FunctionObject
                        || descr instanceof GenericObject d && d.payload() instanceof BuiltinMethods.Descriptor)) {
                    heap.incref(descr);
                    heap.incref(owner);
                    push(descr);
                    push(owner);
                    return;
                }
            }
            push(null);
            push(Ops.getAttr(rt, owner, name));
        } finally {
            release(owner);
        }
    }

    /**
     * CALL argc: the stack holds [callable or NULL, self or callable, args...]. A Python
     * function takes the argument references into its frame (3.11+) or gets its own while
     * the caller's stack keeps them (3.8–3.10, released after the call, last first); other
     * callables borrow them, and they are released after the call: first to last in 3.11+,
     * last to first before.
     */
    private void call(int argc) {
        PyObject kwNamesTuple = f.kwNames;
        f.kwNames = null;
        String[] kwNames = kwNamesTuple == null ? null : Arguments.names((TupleObject) kwNamesTuple);
        // the arguments go straight into the array the callee gets, after self when there is one
        int off = fo.peek(argc + 2) != null ? 1 : 0;
        PyObject[] all = new PyObject[argc + off];
        for (int i = argc - 1; i >= 0; i--) {
            all[i + off] = pop();
        }
        PyObject second = pop();
        PyObject first = pop();
        PyObject callable;
        PyObject self;
        if (first == null) {
            callable = second;
            self = null;
        } else {
            callable = first;
            self = second;
            all[0] = self;
        }
        if (callable instanceof MethodObject m && self == null && !vm.calleeOwnsArgs()) {
            // 3.8-3.10 method_vectorcall: self is lent to the argument vector (no reference of
            // the caller's); the bound method stays on the stack until the call returns
            PyObject[] withSelf = new PyObject[all.length + 1];
            withSelf[0] = m.self();
            System.arraycopy(all, 0, withSelf, 1, all.length);
            PyObject result;
            PyObject fn = m.function();
            try {
                if (fn instanceof FunctionObject pf && pf.code() instanceof Code) {
                    PyObject[] copies = withSelf.clone();
                    for (PyObject a : copies) {
                        heap.incref(a);
                    }
                    result = vm.callFunction(pf, copies, kwNames);
                } else {
                    result = vm.call(fn, withSelf, kwNames);
                }
            } finally {
                releaseLastFirst(all);
                release(callable);
            }
            push(result);
            return;
        }
        if (callable instanceof MethodObject m && self == null) {
            // 3.11+ CALL: self and the function replace the bound method on the stack
            PyObject[] withSelf = new PyObject[all.length + 1];
            heap.incref(m.self());
            withSelf[0] = m.self();
            System.arraycopy(all, 0, withSelf, 1, all.length);
            PyObject fn = m.function();
            heap.incref(fn);
            release(callable);
            callable = fn;
            all = withSelf;
        }
        PyObject result;
        if (callable instanceof FunctionObject fn && fn.code() instanceof Code) {
            if (vm.calleeOwnsArgs()) {
                try {
                    result = vm.callFunction(fn, all, kwNames);
                } finally {
                    release(callable);
                }
            } else {
                PyObject[] copies = all.clone();
                for (PyObject a : copies) {
                    heap.incref(a);
                }
                try {
                    result = vm.callFunction(fn, copies, kwNames);
                } finally {
                    releaseLastFirst(all);
                    release(callable);
                }
            }
        } else {
            try {
                result = vm.call(callable, all, kwNames);
            } finally {
                if (vm.calleeOwnsArgs()) {
                    // 3.11+ CALL: Py_DECREF(function), then the arguments first to last
                    release(callable);
                    for (PyObject a : all) {
                        release(a);
                    }
                } else {
                    // 3.8-3.10 call_function: the stack popped from the top, the callable last
                    releaseLastFirst(all);
                    release(callable);
                }
            }
        }
        push(result);
        if (!(callable instanceof FunctionObject)) {
            heap.gc().evalBreaker(); // 3.12+ CALL of a non-Python callable ends with CHECK_EVAL_BREAKER
        }
    }

    /** A jump; a backward one checks the eval breaker (3.12+ JUMP_BACKWARD runs a scheduled collection). */
    private void jump(int target) {
        boolean backward = target < f.pc;
        f.pc = target;
        if (backward) {
            heap.gc().evalBreaker();
        }
    }

    private void releaseLastFirst(PyObject[] items) {
        for (int i = items.length - 1; i >= 0; i--) {
            release(items[i]);
        }
    }

    /** MAKE_FUNCTION: code object (its qualname a constant) on top, then closure, kwdefaults, defaults. */
    private void makeFunction(int flags) {
        PyObject codeConst = pop();
        Code c = ((CodeObject) codeConst).code();
        release(codeConst);
        TupleObject closure = (flags & 8) != 0 ? (TupleObject) pop() : null;
        if ((flags & 4) != 0) {
            release(pop()); // annotations are not simulated
        }
        DictObject kwdefaults = (flags & 2) != 0 ? (DictObject) pop() : null;
        TupleObject defaults = (flags & 1) != 0 ? (TupleObject) pop() : null;
        FunctionObject fn = heap.newFunction(c.name, c, f.globals);
        fn.setQualname(c.qualname);
        heap.setFunctionParts(fn, defaults, kwdefaults, closure);
        push(fn);
    }

    // ------------------------------------------------------------------ raising

    private PyException raise(int argc) {
        PyObject cause = argc == 2 ? pop() : null;
        PyObject exc = argc >= 1 ? pop() : null;
        if (exc == null) {
            PyObject active = f.handled.peek();
            if (active == null) {
                throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "No active exception to reraise");
            }
            heap.incref(active);
            return rt.raised((ExceptionObject) active);
        }
        ExceptionObject value = Classes.makeException(rt, exc);
        if (cause != null) {
            // do_raise: makeException takes over the stack's reference to the cause
            value.setSuppressContext(true); // PyException_SetCause
            if (cause == heap.none()) {
                heap.setExceptionField(value, "__cause__", null);
                release(cause);
            } else {
                ExceptionObject c = Classes.makeException(rt, cause);
                heap.setExceptionField(value, "__cause__", c);
                heap.decref(c);
            }
        }
        vm.chainContext(value);
        return rt.raised(value);
    }

    private PyException reraise(PyObject exc) {
        return rt.raised((ExceptionObject) exc);
    }
}
