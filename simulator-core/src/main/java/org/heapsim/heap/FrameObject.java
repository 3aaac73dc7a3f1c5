package org.heapsim.heap;

import java.util.Arrays;

/**
 * An execution frame: its local variables ("localsplus": parameters, other locals, cells,
 * free variables, in CPython's order) and its evaluation stack of temporaries. Frames are
 * roots while they execute; one that escapes (a traceback, a generator) lives as an object.
 */
public final class FrameObject extends PyObject {
    private final String name;
    private final String[] localNames;
    final PyObject[] locals;
    private PyObject[] stack = new PyObject[8];
    private int stackTop;
    FrameObject back;
    DictObject globals;
    /** f_locals: the dict locals() fills in a function frame (3.8–3.12), or null. */
    DictObject localsDict;
    private int line;

    FrameObject(String name, String[] localNames) {
        super(Types.FRAME);
        this.name = name;
        this.localNames = localNames; // never written: the code object's localsplus names, shared
        this.locals = new PyObject[localNames.length];
    }

    public String name() {
        return name;
    }

    /** Executing frames are untracked: only a frame that escapes (traceback, generator) is tracked. */
    @Override
    public boolean tracksAtCreation() {
        return false;
    }

    @Override
    public boolean countsAllocation() {
        return false;
    }

    public int localCount() {
        return locals.length;
    }

    public String localName(int i) {
        return localNames[i];
    }

    public int localIndex(String localName) {
        for (int i = 0; i < localNames.length; i++) {
            if (localNames[i].equals(localName)) {
                return i;
            }
        }
        return -1;
    }

    public PyObject local(int i) {
        return locals[i];
    }

    public int stackDepth() {
        return stackTop;
    }

    public PyObject stackItem(int i) {
        return stack[i];
    }

    public FrameObject back() {
        return back;
    }

    public DictObject globals() {
        return globals;
    }

    /** The frame's f_locals dict (borrowed), or null before locals() first asks for it. */
    public DictObject localsDict() {
        return localsDict;
    }

    /** Gives the frame its f_locals dict (the frame takes over the caller's reference). */
    public void setLocalsDict(DictObject d) {
        if (localsDict != null) {
            throw new IllegalStateException("f_locals is already set");
        }
        localsDict = d;
    }

    public int line() {
        return line;
    }

    public void setLine(int line) {
        this.line = line;
    }

    // ---- the value stack, for the VM: references move in and out, counts do not change

    /** Pushes a reference the caller owns; the stack owns it from now on. */
    public void pushOwned(PyObject o) {
        if (stackTop == stack.length) {
            stack = Arrays.copyOf(stack, stackTop * 2);
        }
        stack[stackTop++] = o;
    }

    /** Pops the top; the caller owns the reference from now on. */
    public PyObject popOwned() {
        PyObject o = stack[--stackTop];
        stack[stackTop] = null;
        return o;
    }

    /** The n-th item from the top (1 = top), borrowed. */
    public PyObject peek(int n) {
        return stack[stackTop - n];
    }

    /** Replaces the n-th item from the top without touching counts; returns the old one. */
    public PyObject swapPeek(int n, PyObject o) {
        PyObject old = stack[stackTop - n];
        stack[stackTop - n] = o;
        return old;
    }

    /** Takes a local's reference out of its slot (the slot becomes empty). */
    public PyObject takeLocal(int i) {
        PyObject o = locals[i];
        locals[i] = null;
        return o;
    }

    /** Puts a reference the caller owns into a local slot; returns the old one for the caller to release. */
    public PyObject putLocalOwned(int i, PyObject o) {
        PyObject old = locals[i];
        locals[i] = o;
        return old;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        // frame_traverse: f_back, globals, then localsplus, then the value stack
        if (back != null) {
            visitor.visit(back);
        }
        if (globals != null) {
            visitor.visit(globals);
        }
        if (localsDict != null) {
            visitor.visit(localsDict);
        }
        for (PyObject o : locals) {
            if (o != null) {
                visitor.visit(o);
            }
        }
        for (int i = 0; i < stackTop; i++) {
            if (stack[i] != null) { // PUSH_NULL, an unbound local saved by LOAD_FAST_AND_CLEAR
                visitor.visit(stack[i]);
            }
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        // frame_dealloc / _PyFrame_Clear: locals in localsplus order, then the stack, then f_back,
        // then f_locals (the globals never die here: their module holds them)
        clearLocals(heap);
        FrameObject b = back;
        DictObject g = globals;
        DictObject fl = localsDict;
        back = null;
        globals = null;
        localsDict = null;
        heap.xdecref(b);
        heap.xdecref(fl);
        heap.xdecref(g);
    }

    /** Releases locals in localsplus order, then the evaluation stack bottom to top. */
    void clearLocals(Heap heap) {
        for (int i = 0; i < locals.length; i++) {
            PyObject o = locals[i];
            locals[i] = null;
            heap.xdecref(o);
        }
        for (int i = 0; i < stackTop; i++) {
            PyObject o = stack[i];
            stack[i] = null;
            heap.xdecref(o);
        }
        stackTop = 0;
    }

    @Override
    protected void clear(Heap heap) {
        clearLocals(heap);
    }

    @Override
    protected boolean usesTrashcan() {
        return true;
    }

    @Override
    public String label() {
        return "frame " + name + "#" + serial;
    }
}
