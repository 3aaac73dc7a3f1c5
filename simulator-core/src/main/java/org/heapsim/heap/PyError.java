package org.heapsim.heap;

/**
 * A Python exception travelling through Java code: its type name and message, and the
 * exception object when one exists in the heap (owned by this error until caught).
 */
public class PyError extends RuntimeException {
    private final String typeName;
    private final String pyMessage;
    private final transient PyObject exception;

    public PyError(String typeName, String message) {
        this(typeName, message, null);
    }

    public PyError(String typeName, String message, PyObject exception) {
        super(message == null || message.isEmpty() ? typeName : typeName + ": " + message, null, false, false);
        this.typeName = typeName;
        this.pyMessage = message;
        this.exception = exception;
    }

    public String typeName() {
        return typeName;
    }

    public String pyMessage() {
        return pyMessage;
    }

    public PyObject exception() {
        return exception;
    }

    /** The last line of a traceback: {@code TypeError: message}. */
    public String lastLine() {
        return getMessage();
    }
}
