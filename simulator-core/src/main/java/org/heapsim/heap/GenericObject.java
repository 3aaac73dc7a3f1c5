package org.heapsim.heap;

import java.util.Arrays;

/**
 * Built-in kinds whose references are a fixed, ordered list of fields released in that order:
 * iterators (their container), tracebacks (tb_next, tb_frame), modules (md_dict), getset and
 * member descriptors (the type), generators (the frame). Each is described by a {@link Shape}.
 */
public final class GenericObject extends PyObject {
    /** How a generic kind behaves: its field names, and which CPython traits its dealloc has. */
    public record Shape(String[] fields, boolean trashcan, boolean finalizer, boolean hasClear, int dictField,
                        int[] traverseOrder) {
        public Shape(String[] fields, boolean trashcan, boolean finalizer, boolean hasClear) {
            this(fields, trashcan, finalizer, hasClear, -1, null);
        }

        /** A kind whose tp_traverse visits its fields in the given order (not the order its dealloc releases them). */
        public Shape(String[] fields, boolean trashcan, boolean finalizer, boolean hasClear, int[] traverseOrder) {
            this(fields, trashcan, finalizer, hasClear, -1, traverseOrder);
        }

        /** A kind whose field dictField is its {@code __dict__} (created on the first attribute store). */
        public static Shape withDict(String[] fields, boolean trashcan, boolean finalizer, boolean hasClear, String dictField) {
            return new Shape(fields, trashcan, finalizer, hasClear, Arrays.asList(fields).indexOf(dictField), null);
        }

        public static final Shape ITERATOR = new Shape(new String[] {"it_seq"}, false, false, false);
        public static final Shape TRACEBACK = new Shape(new String[] {"tb_next", "tb_frame"}, true, false, true);
        public static final Shape MODULE = new Shape(new String[] {"md_dict"}, false, false, true);
        public static final Shape DESCRIPTOR = new Shape(new String[] {"d_type"}, false, false, false);
        public static final Shape GENERATOR = new Shape(new String[] {"gi_frame"}, false, true, false);
        public static final Shape BUILTIN_FUNCTION = new Shape(new String[] {"m_self"}, false, false, false);
    }

    private final Shape shape;
    private final String name;
    final PyObject[] fields;
    private final Object payload;

    GenericObject(PyType type, Shape shape, String name, Object payload) {
        super(type);
        this.shape = shape;
        this.name = name;
        this.fields = new PyObject[shape.fields().length];
        this.payload = payload;
    }

    public String name() {
        return name;
    }

    public Object payload() {
        return payload;
    }

    public PyObject field(int i) {
        return fields[i];
    }

    public int fieldIndex(String field) {
        return Arrays.asList(shape.fields()).indexOf(field);
    }

    public Shape shape() {
        return shape;
    }

    @Override
    public boolean hasBuiltinFinalizer() {
        return shape.finalizer();
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        int[] order = shape.traverseOrder();
        for (int i = 0; i < fields.length; i++) {
            PyObject f = fields[order == null ? i : order[i]];
            if (f != null) {
                visitor.visit(f);
            }
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        for (int i = 0; i < fields.length; i++) {
            PyObject f = fields[i];
            fields[i] = null;
            heap.xdecref(f);
        }
    }

    @Override
    protected void clear(Heap heap) {
        if (shape.hasClear()) {
            releaseReferences(heap);
        }
    }

    @Override
    protected boolean usesTrashcan() {
        return shape.trashcan();
    }

    @Override
    public String label() {
        return name == null ? super.label() : typeName() + " " + name + "#" + serial;
    }
}
