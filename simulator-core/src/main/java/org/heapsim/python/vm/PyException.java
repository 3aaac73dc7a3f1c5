package org.heapsim.python.vm;

import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.PyError;

/**
 * A Python exception propagating through the VM. It owns one reference to the exception
 * object, which carries its traceback ({@code __traceback__}) as it grows frame by frame.
 */
public final class PyException extends PyError {
    private final transient ExceptionObject value;
    /**
     * Set by RERAISE: the exception continues unwinding without a new traceback entry for
     * the frame that re-raises it (ceval's RERAISE jumps to exception_unwind, past
     * PyTraceBack_Here); cleared once that frame has passed it on.
     */
    boolean reraised;

    PyException(ExceptionObject value, String typeName, String message) {
        super(typeName, message, value);
        this.value = value;
    }

    public ExceptionObject value() {
        return value;
    }
}
