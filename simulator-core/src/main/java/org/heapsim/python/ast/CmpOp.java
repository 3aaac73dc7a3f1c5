package org.heapsim.python.ast;

/** CPython's {@code cmpop}. */
public enum CmpOp {
    Eq("=="), NotEq("!="), Lt("<"), LtE("<="), Gt(">"), GtE(">="), Is("is"), IsNot("is not"), In("in"), NotIn("not in");

    public final String symbol;

    CmpOp(String symbol) {
        this.symbol = symbol;
    }
}
