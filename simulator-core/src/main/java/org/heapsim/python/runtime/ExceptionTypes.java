package org.heapsim.python.runtime;

import java.util.LinkedHashMap;
import java.util.Map;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;

/** The built-in exception classes a program in the subset can meet, with CPython's hierarchy. */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    private static final Map<String, StaticType> BY_NAME = new LinkedHashMap<>();

    private static StaticType def(String name, StaticType base) {
        StaticType t = Types.define(name, base, true, false, true);
        BY_NAME.put(name, t);
        return t;
    }

    static {
        BY_NAME.put("BaseException", Types.BASE_EXCEPTION);
        BY_NAME.put("Exception", Types.EXCEPTION);
    }

    public static final StaticType BASE_EXCEPTION = Types.BASE_EXCEPTION;
    public static final StaticType EXCEPTION = Types.EXCEPTION;
    public static final StaticType SYSTEM_EXIT = def("SystemExit", BASE_EXCEPTION);
    public static final StaticType KEYBOARD_INTERRUPT = def("KeyboardInterrupt", BASE_EXCEPTION);
    public static final StaticType GENERATOR_EXIT = def("GeneratorExit", BASE_EXCEPTION);
    public static final StaticType STOP_ITERATION = def("StopIteration", EXCEPTION);
    public static final StaticType ARITHMETIC_ERROR = def("ArithmeticError", EXCEPTION);
    public static final StaticType ZERO_DIVISION_ERROR = def("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final StaticType OVERFLOW_ERROR = def("OverflowError", ARITHMETIC_ERROR);
    public static final StaticType ASSERTION_ERROR = def("AssertionError", EXCEPTION);
    public static final StaticType ATTRIBUTE_ERROR = def("AttributeError", EXCEPTION);
    public static final StaticType LOOKUP_ERROR = def("LookupError", EXCEPTION);
    public static final StaticType INDEX_ERROR = def("IndexError", LOOKUP_ERROR);
    public static final StaticType KEY_ERROR = def("KeyError", LOOKUP_ERROR);
    public static final StaticType MEMORY_ERROR = def("MemoryError", EXCEPTION);
    public static final StaticType NAME_ERROR = def("NameError", EXCEPTION);
    public static final StaticType UNBOUND_LOCAL_ERROR = def("UnboundLocalError", NAME_ERROR);
    public static final StaticType REFERENCE_ERROR = def("ReferenceError", EXCEPTION);
    public static final StaticType RUNTIME_ERROR = def("RuntimeError", EXCEPTION);
    public static final StaticType RECURSION_ERROR = def("RecursionError", RUNTIME_ERROR);
    public static final StaticType NOT_IMPLEMENTED_ERROR = def("NotImplementedError", RUNTIME_ERROR);
    public static final StaticType TYPE_ERROR = def("TypeError", EXCEPTION);
    public static final StaticType VALUE_ERROR = def("ValueError", EXCEPTION);
    public static final StaticType IMPORT_ERROR = def("ImportError", EXCEPTION);
    public static final StaticType MODULE_NOT_FOUND_ERROR = def("ModuleNotFoundError", IMPORT_ERROR);

    public static StaticType byName(String name) {
        return BY_NAME.get(name);
    }

    public static Map<String, StaticType> all() {
        return java.util.Collections.unmodifiableMap(BY_NAME);
    }
}
