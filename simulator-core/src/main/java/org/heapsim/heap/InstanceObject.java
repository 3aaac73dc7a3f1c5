package org.heapsim.heap;

/** An instance of a class whose built-in base is {@code object}. All its state is in {@link InstanceState}. */
public final class InstanceObject extends PyObject {
    InstanceObject(ClassObject cls) {
        super(cls);
    }

    public ClassObject cls() {
        return (ClassObject) type();
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
    }

    @Override
    protected void releaseReferences(Heap heap) {
    }

    @Override
    public String label() {
        return type().name() + "#" + serial;
    }
}
