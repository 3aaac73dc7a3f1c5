package org.heapsim.heap;

/**
 * A Python function: {@code Objects/funcobject.c}. The code is opaque to the engine (the
 * front end's compiled body, or a trace's scripted action); globals, defaults, closure and
 * {@code __dict__} are counted references.
 */
public final class FunctionObject extends PyObject {
    private final String name;
    private final Object code;
    DictObject globals;
    TupleObject defaults;
    DictObject kwdefaults;
    DictObject dict;
    TupleObject closure;

    FunctionObject(String name, Object code) {
        super(Types.FUNCTION);
        this.name = name;
        this.code = code;
    }

    public String name() {
        return name;
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
        if (dict != null) {
            visitor.visit(dict);
        }
        if (closure != null) {
            visitor.visit(closure);
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
        DictObject di = dict;
        TupleObject c = closure;
        globals = null;
        defaults = null;
        kwdefaults = null;
        dict = null;
        closure = null;
        heap.xdecref(g);
        heap.xdecref(d);
        heap.xdecref(k);
        heap.xdecref(di);
        heap.xdecref(c);
    }

    @Override
    public String label() {
        return "function " + name + "#" + serial;
    }
}
