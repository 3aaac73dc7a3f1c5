package org.heapsim.python.vm;

import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;

/** dict.keys(), values(), items(): views holding their dict. */
final class Views {
    enum Kind { KEYS, VALUES, ITEMS }

    static final StaticType KEYS = Types.define("dict_keys", Types.OBJECT, true, false, false);
    static final StaticType VALUES = Types.define("dict_values", Types.OBJECT, true, false, false);
    static final StaticType ITEMS = Types.define("dict_items", Types.OBJECT, true, false, false);

    private Views() {
    }

    static PyObject of(PyRuntime rt, DictObject d, Kind kind) {
        StaticType t = kind == Kind.KEYS ? KEYS : kind == Kind.VALUES ? VALUES : ITEMS;
        GenericObject v = rt.heap.newGeneric(t, new GenericObject.Shape(new String[] {"mapping"}, false, false, false), null, kind);
        rt.heap.setField(v, 0, d);
        return v;
    }
}
