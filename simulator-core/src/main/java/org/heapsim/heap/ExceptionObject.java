package org.heapsim.heap;

/**
 * An exception instance: {@code Objects/exceptions.c}. Released in BaseException_clear's
 * order: {@code __dict__}, args, {@code __notes__}, traceback, cause, context.
 */
public final class ExceptionObject extends PyObject {
    static final int DICT = 0;
    static final int ARGS = 1;
    static final int NOTES = 2;
    static final int TRACEBACK = 3;
    static final int CAUSE = 4;
    static final int CONTEXT = 5;
    static final String[] FIELD_NAMES = {"__dict__", "args", "__notes__", "__traceback__", "__cause__", "__context__"};

    final PyObject[] fields = new PyObject[6];
    /** {@code __suppress_context__}: set when a cause is set ({@code raise ... from ...}). */
    private boolean suppressContext;

    ExceptionObject(PyType type) {
        super(type);
    }

    public PyObject field(int i) {
        return fields[i];
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean value) {
        suppressContext = value;
    }

    public DictObject dict() {
        return (DictObject) fields[DICT];
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        for (PyObject f : fields) {
            if (f != null) {
                visitor.visit(f);
            }
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        clear(heap);
    }

    @Override
    protected void clear(Heap heap) {
        for (int i = 0; i < fields.length; i++) {
            PyObject f = fields[i];
            fields[i] = null;
            heap.xdecref(f);
        }
    }

    @Override
    protected boolean usesTrashcan() {
        return true;
    }

    @Override
    protected boolean clearsWeakrefsInDealloc() {
        return false; // BaseException has no weakref list; subclasses clear in subtype_dealloc
    }
}
