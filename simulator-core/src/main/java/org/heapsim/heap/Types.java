package org.heapsim.heap;

/**
 * The built-in types the engine knows, with CPython's flags: whether instances are GC objects
 * and whether they can be weakly referenced (cpython-semantics.md §2.1, §4.8).
 */
public final class Types {
    private Types() {
    }

    public static final StaticType OBJECT = new StaticType("object", null, false, false, true);
    public static final StaticType TYPE = new StaticType("type", OBJECT, true, true, true);
    public static final StaticType NONE = new StaticType("NoneType", OBJECT, false, false, false);
    public static final StaticType INT = new StaticType("int", OBJECT, false, false, true);
    public static final StaticType BOOL = new StaticType("bool", INT, false, false, false);
    public static final StaticType FLOAT = new StaticType("float", OBJECT, false, false, true);
    public static final StaticType STR = new StaticType("str", OBJECT, false, false, true);
    public static final StaticType BYTES = new StaticType("bytes", OBJECT, false, false, true);
    public static final StaticType LIST = new StaticType("list", OBJECT, true, false, true);
    public static final StaticType TUPLE = new StaticType("tuple", OBJECT, true, false, true);
    public static final StaticType DICT = new StaticType("dict", OBJECT, true, false, true);
    public static final StaticType SET = new StaticType("set", OBJECT, true, true, true);
    public static final StaticType FROZENSET = new StaticType("frozenset", OBJECT, true, true, true);
    public static final StaticType FUNCTION = new StaticType("function", OBJECT, true, true, false);
    public static final StaticType BUILTIN_FUNCTION = new StaticType("builtin_function_or_method", OBJECT, true, true, false);
    public static final StaticType CELL = new StaticType("cell", OBJECT, true, false, false);
    public static final StaticType METHOD = new StaticType("method", OBJECT, true, true, false);
    public static final StaticType FRAME = new StaticType("frame", OBJECT, true, false, false);
    public static final StaticType GENERATOR = new StaticType("generator", OBJECT, true, true, false);
    public static final StaticType LIST_ITERATOR = new StaticType("list_iterator", OBJECT, true, false, false);
    public static final StaticType TRACEBACK = new StaticType("traceback", OBJECT, true, false, false);
    public static final StaticType MODULE = new StaticType("module", OBJECT, true, true, true);
    public static final StaticType GETSET_DESCRIPTOR = new StaticType("getset_descriptor", OBJECT, true, false, false);
    public static final StaticType BASE_EXCEPTION = new StaticType("BaseException", OBJECT, true, false, true);
    public static final StaticType SLICE = new StaticType("slice", OBJECT, true, false, false);
    public static final StaticType EXCEPTION = new StaticType("Exception", BASE_EXCEPTION, true, false, true);

    /** Defines a further static type (the weakref types, whose names differ between versions). */
    public static StaticType define(String name, StaticType base, boolean gc, boolean weakrefable, boolean subclassable) {
        return new StaticType(name, base, gc, weakrefable, subclassable);
    }
}
