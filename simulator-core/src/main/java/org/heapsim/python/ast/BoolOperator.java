package org.heapsim.python.ast;

/** CPython's {@code boolop}. */
public enum BoolOperator { And, Or }
