package org.heapsim.python.ast;

/** CPython's {@code operator}: binary and augmented-assignment operators. */
public enum Operator {
    Add("+"), Sub("-"), Mult("*"), MatMult("@"), Div("/"), Mod("%"), Pow("**"),
    LShift("<<"), RShift(">>"), BitOr("|"), BitXor("^"), BitAnd("&"), FloorDiv("//");

    public final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }
}
