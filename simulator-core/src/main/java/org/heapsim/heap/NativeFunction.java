package org.heapsim.heap;

/**
 * A built-in function implemented in Java ({@code builtin_function_or_method}). Returns a new
 * reference (null means None); raises {@link PyError}.
 */
@FunctionalInterface
public interface NativeFunction {
    PyObject call(Heap heap, PyObject[] args);
}
