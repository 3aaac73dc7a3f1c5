package org.heapsim.python.vm;

import org.heapsim.heap.ExceptionObject;

/** The last line of a traceback: {@code TypeName: message}, or just the type name. */
final class Tracebacks {
    private Tracebacks() {
    }

    static String lastLine(PyRuntime rt, ExceptionObject exc) {
        String msg = Ops.strOf(rt, exc);
        String name = exc.type().name();
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
