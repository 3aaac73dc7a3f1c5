package org.heapsim.python.vm;

/**
 * heapsim's bytecode: CPython 3.11's instruction set, simplified where the difference is not
 * observable (no adaptive specialisation, no CACHE entries). The order in which instructions
 * push and pop the value stack is CPython's, because that order decides when temporaries
 * die. Version differences are in {@link org.heapsim.version.VersionPolicy} (argument
 * ownership in CALL, comprehension inlining in the compiler), not in the instruction set.
 * Each instruction is an opcode and one int argument.
 */
public final class Op {
    private Op() {
    }

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    /** Push a new reference to stack[-arg]. */
    public static final int COPY = 3;
    /** Swap stack[-1] and stack[-arg]. */
    public static final int SWAP = 4;

    public static final int LOAD_CONST = 10;
    public static final int LOAD_FAST = 11;
    public static final int STORE_FAST = 12;
    public static final int DELETE_FAST = 13;
    public static final int LOAD_DEREF = 14;
    public static final int STORE_DEREF = 15;
    public static final int DELETE_DEREF = 16;
    /** Push the cell object of localsplus[arg] (for MAKE_FUNCTION closures). */
    public static final int LOAD_CLOSURE = 17;
    /** Class bodies: a free variable looked up in the class namespace first. */
    public static final int LOAD_CLASSDEREF = 18;
    public static final int LOAD_NAME = 19;
    public static final int STORE_NAME = 20;
    public static final int DELETE_NAME = 21;
    /** arg = name index << 1 | push-NULL-first flag. */
    public static final int LOAD_GLOBAL = 22;
    public static final int STORE_GLOBAL = 23;
    public static final int DELETE_GLOBAL = 24;
    public static final int LOAD_ATTR = 25;
    public static final int STORE_ATTR = 26;
    public static final int DELETE_ATTR = 27;
    /** Push (method, self) for an unbound function found on the type, else (NULL, attribute). */
    public static final int LOAD_METHOD = 28;
    /** Create the cells of the frame's cell variables (moving parameters into their cells). */
    public static final int MAKE_CELL = 29;
    /** No-op here: Vm.callFunction copies the closure's cells into localsplus when it makes the frame. */
    public static final int COPY_FREE_VARS = 30;
    /** 3.12+ inlined comprehensions: push the local (NULL when unbound) and clear its slot; STORE_FAST puts it back. */
    public static final int LOAD_FAST_AND_CLEAR = 31;

    /** arg: a {@link BinaryOp} ordinal (in-place variants included). */
    public static final int BINARY_OP = 40;
    public static final int BINARY_SUBSCR = 41;
    public static final int STORE_SUBSCR = 42;
    public static final int DELETE_SUBSCR = 43;
    /** arg: 2 or 3. */
    public static final int BUILD_SLICE = 44;
    public static final int UNARY_NEGATIVE = 45;
    public static final int UNARY_POSITIVE = 46;
    public static final int UNARY_NOT = 47;
    public static final int UNARY_INVERT = 48;
    /** arg: a {@link CompareOp} ordinal. */
    public static final int COMPARE_OP = 49;
    /** arg: 1 for "is not". */
    public static final int IS_OP = 50;
    /** arg: 1 for "not in". */
    public static final int CONTAINS_OP = 51;

    public static final int BUILD_TUPLE = 60;
    public static final int BUILD_LIST = 61;
    /** arg items, added first to last, each released right after its add. */
    public static final int BUILD_SET = 62;
    public static final int BUILD_MAP = 63;
    /** Keys tuple on top, then arg values. */
    public static final int BUILD_CONST_KEY_MAP = 64;
    public static final int BUILD_STRING = 65;
    /** stack[-arg-1].append(TOS): comprehensions. */
    public static final int LIST_APPEND = 66;
    /** stack[-arg].add(TOS) (set comprehensions). */
    public static final int SET_ADD = 67;
    /** stack[-arg][stack[-2]] = TOS; pops value then key (dict comprehensions). */
    public static final int MAP_ADD = 68;
    /**
     * stack[-(arg &amp; 0xff)].extend(TOS). Set arg's 0x100 bit ({@link Displays#CALL_ARGUMENTS})
     * when the list is a call's positional arguments ({@code f(a, *b)}): 3.8 names the callee
     * (stack[-(arg &amp; 0xff) - 1]) in the error for a non-iterable.
     */
    public static final int LIST_EXTEND = 69;
    /** stack[-arg].update(TOS) ({@code {*a, b}}). */
    public static final int SET_UPDATE = 70;
    /** stack[-arg].update(TOS) ({@code {**a}}); TOS must be a mapping. */
    public static final int DICT_UPDATE = 71;
    /** As DICT_UPDATE for a call's ** arguments: duplicate keys are errors; the callee is stack[-arg - 2]. */
    public static final int DICT_MERGE = 72;
    /** Replace the list on top by a tuple of its items. */
    public static final int LIST_TO_TUPLE = 73;
    /** arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a format spec is on the stack. */
    public static final int FORMAT_VALUE = 74;
    public static final int UNPACK_SEQUENCE = 75;
    /** arg: before | after << 8. */
    public static final int UNPACK_EX = 76;

    public static final int JUMP = 80;
    public static final int POP_JUMP_IF_FALSE = 81;
    public static final int POP_JUMP_IF_TRUE = 82;
    public static final int POP_JUMP_IF_NONE = 83;
    public static final int POP_JUMP_IF_NOT_NONE = 84;
    public static final int JUMP_IF_FALSE_OR_POP = 85;
    public static final int JUMP_IF_TRUE_OR_POP = 86;
    public static final int GET_ITER = 87;
    /** Push next(TOS); at exhaustion pop the iterator and jump to arg. */
    public static final int FOR_ITER = 88;

    /** arg: number of arguments; a KW_NAMES before it names the last ones. */
    public static final int CALL = 90;
    public static final int KW_NAMES = 91;
    /**
     * Stack: [NULL, callable, args, kwargs if arg &amp; 1]; args is a tuple (LIST_TO_TUPLE) or, for
     * a lone {@code *x}, any iterable; kwargs a dict (BUILD_MAP + DICT_MERGE). Pushes the result.
     */
    public static final int CALL_FUNCTION_EX = 92;
    /** arg: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure. */
    public static final int MAKE_FUNCTION = 93;
    public static final int LOAD_BUILD_CLASS = 94;
    public static final int RETURN_VALUE = 95;
    /**
     * First instruction of a generator function (after MAKE_CELL): the frame becomes a
     * generator's and the call returns it. Each resumption pushes the sent value (None for
     * next()), so RETURN_GENERATOR is followed by POP_TOP, as in 3.11. See {@link Generators}.
     */
    public static final int RETURN_GENERATOR = 96;
    /** Suspends the frame yielding TOS; on resumption the sent value is on the stack. */
    public static final int YIELD_VALUE = 97;
    /** TOS = iter(TOS) unless it is a generator. */
    public static final int GET_YIELD_FROM_ITER = 98;
    /**
     * yield from: send TOS to the subiterator stack[-2] and push what it yields (YIELD_VALUE
     * follows directly, then JUMP back to the SEND); when it returns, replace it by its return
     * value and jump to arg. A generator suspended at a YIELD_VALUE right after a SEND delegates
     * throw() and close() to that subiterator.
     */
    public static final int SEND = 99;

    /** arg: 0 re-raise, 1 raise X, 2 raise X from Y. */
    public static final int RAISE_VARARGS = 100;
    /** Re-raise TOS, adding no traceback entry for this frame; arg 1: also restore f_lasti from stack[-2]. */
    public static final int RERAISE = 101;
    public static final int PUSH_EXC_INFO = 102;
    public static final int POP_EXCEPT = 103;
    public static final int CHECK_EXC_MATCH = 104;
    /** Manager on top -> [bound __exit__, __enter__()]. The full with layout is in {@link With}. */
    public static final int BEFORE_WITH = 105;
    /** [exit, lasti, exc] -> [exit, lasti, exc, exit(type(exc), exc, tb)]. */
    public static final int WITH_EXCEPT_START = 106;
    public static final int LOAD_ASSERTION_ERROR = 107;

    public static final int IMPORT_NAME = 110;
    public static final int IMPORT_FROM = 111;
    public static final int SETUP_ANNOTATIONS = 112;

    private static final String[] NAMES = new String[120];

    static {
        for (java.lang.reflect.Field f : Op.class.getFields()) {
            if (f.getType() == int.class) {
                try {
                    NAMES[f.getInt(null)] = f.getName();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    public static String name(int op) {
        return op >= 0 && op < NAMES.length && NAMES[op] != null ? NAMES[op] : "OP_" + op;
    }
}
