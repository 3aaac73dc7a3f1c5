package org.heapsim.python.vm;

import org.heapsim.heap.ExceptionObject;

/** The last line of a traceback: {@code TypeName: message}, or just the type name. */
final class Tracebacks {
    private Tracebacks() {
    }

    /** PyErr_Display / sys.excepthook: the whole traceback as CPython writes it to stderr. */
    static String format(PyRuntime rt, ExceptionObject exc) {
        StringBuilder sb = new StringBuilder("Traceback (most recent call last):\n");
        for (String[] f : rt.vm.tracebackEntries(exc)) {
            sb.append("  File \"").append(rt.displayFileName()).append("\", line ").append(f[1]).append(", in ").append(f[0]).append('\n');
        }
        // 3.8-3.10's print_exception qualifies a class defined in __main__ ("__main__.E: ...")
        String qualifier = rt.policy.tracebackQualifiesMainExceptions()
                && exc.type() instanceof org.heapsim.heap.ClassObject ? "__main__." : "";
        return sb.append(qualifier).append(lastLine(rt, exc)).append('\n').toString();
    }

    static String lastLine(PyRuntime rt, ExceptionObject exc) {
        String msg = Ops.strOf(rt, exc);
        String name = exc.type().name();
        return msg.isEmpty() ? name : name + ": " + msg;
    }
}
