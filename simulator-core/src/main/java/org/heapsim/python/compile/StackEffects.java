package org.heapsim.python.compile;

import org.heapsim.python.vm.Op;

/**
 * How each instruction changes the value-stack depth (compile.c's stack_effect), so that the
 * compiler knows the depth where an exception range starts inside an expression (3.12's
 * inlined comprehensions).
 */
final class StackEffects {
    private StackEffects() {
    }

    /** The depth change when execution falls through to the next instruction. */
    static int fallThrough(int op, int arg) {
        return switch (op) {
            case Op.NOP, Op.SWAP, Op.DELETE_FAST, Op.DELETE_DEREF, Op.DELETE_NAME, Op.DELETE_GLOBAL, Op.LOAD_ATTR,
                    Op.MAKE_CELL, Op.COPY_FREE_VARS, Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_NOT,
                    Op.UNARY_INVERT, Op.LIST_TO_TUPLE, Op.JUMP, Op.GET_ITER, Op.KW_NAMES, Op.YIELD_VALUE,
                    Op.GET_YIELD_FROM_ITER, Op.SEND, Op.PUSH_EXC_INFO, Op.POP_EXCEPT, Op.CHECK_EXC_MATCH,
                    Op.SETUP_ANNOTATIONS -> 0;
            case Op.PUSH_NULL, Op.COPY, Op.LOAD_CONST, Op.LOAD_FAST, Op.LOAD_DEREF, Op.LOAD_CLOSURE,
                    Op.LOAD_CLASSDEREF, Op.LOAD_NAME, Op.LOAD_METHOD, Op.LOAD_FAST_AND_CLEAR, Op.LOAD_BUILD_CLASS,
                    Op.BEFORE_WITH, Op.WITH_EXCEPT_START, Op.LOAD_ASSERTION_ERROR, Op.IMPORT_FROM, Op.FOR_ITER,
                    Op.RETURN_GENERATOR -> 1;
            case Op.LOAD_GLOBAL -> 1 + (arg & 1);
            case Op.POP_TOP, Op.STORE_FAST, Op.STORE_DEREF, Op.STORE_NAME, Op.STORE_GLOBAL, Op.DELETE_ATTR,
                    Op.BINARY_OP, Op.BINARY_SUBSCR, Op.COMPARE_OP, Op.IS_OP, Op.CONTAINS_OP, Op.LIST_APPEND,
                    Op.SET_ADD, Op.LIST_EXTEND, Op.SET_UPDATE, Op.DICT_UPDATE, Op.DICT_MERGE, Op.POP_JUMP_IF_FALSE,
                    Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE, Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_IF_FALSE_OR_POP,
                    Op.JUMP_IF_TRUE_OR_POP, Op.RETURN_VALUE, Op.RERAISE, Op.IMPORT_NAME -> -1;
            case Op.STORE_ATTR, Op.DELETE_SUBSCR, Op.MAP_ADD -> -2;
            case Op.STORE_SUBSCR -> -3;
            case Op.BUILD_SLICE -> 1 - arg;
            case Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SET, Op.BUILD_STRING -> 1 - arg;
            case Op.BUILD_MAP -> 1 - 2 * arg;
            case Op.BUILD_CONST_KEY_MAP -> -arg;
            case Op.FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case Op.UNPACK_SEQUENCE -> arg - 1;
            case Op.UNPACK_EX -> (arg & 0xff) + (arg >> 8);
            case Op.CALL -> -arg - 1;
            case Op.CALL_FUNCTION_EX -> -2 - (arg & 1);
            case Op.MAKE_FUNCTION -> -Integer.bitCount(arg & 0xf);
            case Op.RAISE_VARARGS -> -arg;
            default -> throw new IllegalStateException("no stack effect for " + Op.name(op));
        };
    }

    /** The depth change when a jump instruction jumps. */
    static int jumping(int op, int arg) {
        return switch (op) {
            case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> 0;
            case Op.FOR_ITER, Op.SEND -> -1; // the exhausted iterator is popped; SEND leaves the return value
            default -> fallThrough(op, arg);
        };
    }

    /** Instructions after which execution never falls through. */
    static boolean isTerminal(int op) {
        return op == Op.JUMP || op == Op.RETURN_VALUE || op == Op.RAISE_VARARGS || op == Op.RERAISE;
    }
}
