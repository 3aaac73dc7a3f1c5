package org.heapsim.python.ast;

/** CPython's expr_context: whether a Name/Attribute/Subscript/Starred/List/Tuple is read, bound or deleted. */
public enum Ctx { Load, Store, Del }
