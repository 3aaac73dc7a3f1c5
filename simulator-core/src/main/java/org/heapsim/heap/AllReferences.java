package org.heapsim.heap;

/**
 * A visitor that wants every strong reference, including the str keys that CPython's
 * dict_traverse skips because they cannot be part of a cycle (refcount checks, pictures).
 */
public interface AllReferences extends Visitor {
}
