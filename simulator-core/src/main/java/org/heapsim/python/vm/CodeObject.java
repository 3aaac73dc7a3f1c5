package org.heapsim.python.vm;

import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;
import org.heapsim.heap.Visitor;

/** A code object as a constant of its enclosing code (what MAKE_FUNCTION takes). Not tracked by the collector. */
final class CodeObject extends PyObject {
    static final StaticType TYPE = Types.define("code", Types.OBJECT, false, true, false);

    private final Code code;

    CodeObject(Code code) {
        super(TYPE);
        this.code = code;
    }

    Code code() {
        return code;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
    }

    @Override
    protected void releaseReferences(Heap heap) {
    }

    @Override
    public String label() {
        return "<code object " + code.name + ">";
    }
}
