package org.heapsim.python.vm;

/** The operators of BINARY_OP, with their dunder names and symbols (for TypeError messages). */
public enum BinaryOp {
    ADD("+", "__add__", "__radd__"), SUB("-", "__sub__", "__rsub__"), MUL("*", "__mul__", "__rmul__"),
    TRUEDIV("/", "__truediv__", "__rtruediv__"), FLOORDIV("//", "__floordiv__", "__rfloordiv__"),
    MOD("%", "__mod__", "__rmod__"), POW("**", "__pow__", "__rpow__"), MATMUL("@", "__matmul__", "__rmatmul__"),
    LSHIFT("<<", "__lshift__", "__rlshift__"), RSHIFT(">>", "__rshift__", "__rrshift__"),
    AND("&", "__and__", "__rand__"), OR("|", "__or__", "__ror__"), XOR("^", "__xor__", "__rxor__"),
    IADD("+=", "__iadd__", null), ISUB("-=", "__isub__", null), IMUL("*=", "__imul__", null),
    ITRUEDIV("/=", "__itruediv__", null), IFLOORDIV("//=", "__ifloordiv__", null), IMOD("%=", "__imod__", null),
    IPOW("**=", "__ipow__", null), IMATMUL("@=", "__imatmul__", null), ILSHIFT("<<=", "__ilshift__", null),
    IRSHIFT(">>=", "__irshift__", null), IAND("&=", "__iand__", null), IOR("|=", "__ior__", null),
    IXOR("^=", "__ixor__", null);

    public final String symbol;
    public final String dunder;
    public final String reflected;

    BinaryOp(String symbol, String dunder, String reflected) {
        this.symbol = symbol;
        this.dunder = dunder;
        this.reflected = reflected;
    }

    public boolean isInPlace() {
        return reflected == null;
    }

    /** The plain operator an in-place one falls back to (IADD → ADD). */
    public BinaryOp base() {
        return isInPlace() ? values()[ordinal() - IADD.ordinal()] : this;
    }

    public static final BinaryOp[] VALUES = values();
}
