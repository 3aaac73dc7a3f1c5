package org.heapsim.python.vm;

import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.PyObject;

/**
 * The VM's state for one running (or suspended) code object: its heap frame (localsplus and
 * the value stack, so that every temporary is a counted reference), the instruction pointer,
 * the namespaces, and the keyword names of the next CALL.
 */
final class Frame implements ProgramFrame {
    final Code code;
    final FrameObject heapFrame;
    final DictObject globals;
    /** The namespace of module and class bodies (LOAD_NAME/STORE_NAME); null in functions. */
    final PyObject locals;
    /** The calling frame; a generator's frame gets the resuming one each time it runs. */
    Frame back;
    /** Set when the last activation ended at YIELD_VALUE rather than a return. */
    boolean yielded;
    int pc;
    /** The names of the keyword arguments of the next CALL (a tuple constant), or null. */
    PyObject kwNames;
    /** The exception being handled by an except block (PUSH_EXC_INFO/POP_EXCEPT), innermost last. */
    java.util.ArrayDeque<PyObject> handled = new java.util.ArrayDeque<>(1);
    int depth;
    /** The line of this frame's last operation (heap Operation event), -1 before its first. */
    int opLine = -1;
    /** That operation's event sequence number (0: none begun, as inside a __del__). */
    long opSeq;

    Frame(Code code, FrameObject heapFrame, DictObject globals, PyObject locals, Frame back) {
        this.code = code;
        this.heapFrame = heapFrame;
        this.globals = globals;
        this.locals = locals;
        this.back = back;
        this.depth = back == null ? 1 : back.depth + 1;
    }

    int line() {
        return code.lineOf(Math.max(0, pc - 1));
    }

    // ---- ProgramFrame (for LineObserver)

    @Override
    public String codeName() {
        return code.name;
    }

    @Override
    public String qualName() {
        return code.qualname;
    }

    @Override
    public boolean isModule() {
        return locals != null && locals == globals;
    }

    @Override
    public int depth() {
        return depth;
    }

    @Override
    public FrameObject heapFrame() {
        return heapFrame;
    }

    @Override
    public DictObject globals() {
        return globals;
    }

    @Override
    public PyObject lookupLocal(String name) {
        if (locals instanceof DictObject ns) {
            for (int i = 0; !ns.isFreed() && i < ns.entrySlots(); i++) {
                if (ns.keyAt(i) instanceof org.heapsim.heap.AtomObject k && k.isStr() && k.asString().equals(name)) {
                    return ns.valueAt(i);
                }
            }
            return null;
        }
        int i = heapFrame.localIndex(name);
        if (i < 0) {
            return null;
        }
        PyObject v = heapFrame.local(i);
        if (v instanceof org.heapsim.heap.CellObject c && (code.kinds[i] & (Code.CELL | Code.FREE)) != 0) {
            return c.contents();
        }
        return v;
    }
}
