package org.heapsim.heap;

/**
 * A Python function: {@code Objects/funcobject.c}. The code is opaque to the engine (the
 * front end's compiled body, or a trace's scripted action); globals, defaults, closure and
 * {@code __dict__} are counted references.
 */
public final class FunctionObject extends PyObject {
    private String name;
    private String qualname;
    private final Object code;
    DictObject globals;
    TupleObject defaults;
    DictObject kwdefaults;
    DictObject dict;
    TupleObject closure;
    /** func_annotations: created empty on first access of {@code __annotations__} (func_get_annotations). */
    DictObject annotations;
    /** func_doc once assigned ({@code f.__doc__ = ...}); until then the code's docstring. */
    PyObject doc;

    FunctionObject(String name, Object code) {
        super(Types.FUNCTION);
        this.name = name;
        this.qualname = name;
        this.code = code;
    }

    public String name() {
        return name;
    }

    /** {@code __name__ = ...} (func_set_name: a str). */
    public void setName(String name) {
        this.name = name;
    }

    public String qualname() {
        return qualname;
    }

    /** {@code __qualname__}: from the code object at creation (MAKE_FUNCTION), or assigned. */
    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public DictObject annotations() {
        return annotations;
    }

    public PyObject doc() {
        return doc;
    }

    public Object code() {
        return code;
    }

    public DictObject globals() {
        return globals;
    }

    public TupleObject defaults() {
        return defaults;
    }

    public TupleObject closure() {
        return closure;
    }

    public DictObject kwdefaults() {
        return kwdefaults;
    }

    public DictObject dict() {
        return dict;
    }

    @Override
    protected void traverseOwn(Visitor visitor) {
        // func_traverse: code, globals, module, defaults, kwdefaults, doc, name, dict, closure, annotations
        if (globals != null) {
            visitor.visit(globals);
        }
        if (defaults != null) {
            visitor.visit(defaults);
        }
        if (kwdefaults != null) {
            visitor.visit(kwdefaults);
        }
        if (doc != null) {
            visitor.visit(doc);
        }
        if (dict != null) {
            visitor.visit(dict);
        }
        if (closure != null) {
            visitor.visit(closure);
        }
        if (annotations != null) {
            visitor.visit(annotations);
        }
    }

    @Override
    protected void releaseReferences(Heap heap) {
        // func_dealloc -> func_clear: globals, (builtins, module), defaults, kwdefaults, doc, dict, closure
        clear(heap);
    }

    @Override
    protected void clear(Heap heap) {
        DictObject g = globals;
        TupleObject d = defaults;
        DictObject k = kwdefaults;
        PyObject doc0 = doc;
        DictObject di = dict;
        TupleObject c = closure;
        DictObject an = annotations;
        globals = null;
        defaults = null;
        kwdefaults = null;
        doc = null;
        dict = null;
        closure = null;
        annotations = null;
        heap.xdecref(g);
        heap.xdecref(d);
        heap.xdecref(k);
        heap.xdecref(doc0);
        heap.xdecref(di);
        heap.xdecref(c);
        heap.xdecref(an);
    }

    @Override
    public String label() {
        return "function " + qualname + "#" + serial;
    }
}
