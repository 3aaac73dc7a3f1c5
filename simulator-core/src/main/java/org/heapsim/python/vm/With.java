package org.heapsim.python.vm;

import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.Message;

/**
 * The {@code with} statement's instructions (CPython 3.11 ceval.c BEFORE_WITH and
 * WITH_EXCEPT_START). The compiler lays a {@code with} out as 3.11 does, minus the previous
 * exception that 3.11's PUSH_EXC_INFO keeps on the stack (this VM keeps it in
 * {@code Frame.handled}):
 * <pre>
 *     (manager)
 *     BEFORE_WITH                     [exit, enter()]
 *     POP_TOP | STORE target          [exit]
 *   body, handled at H (depth: through exit, push lasti)
 *     LOAD_CONST None (x3); CALL 2; POP_TOP       exit(None, None, None)
 *     JUMP after
 *   H: PUSH_EXC_INFO                  [exit, lasti, exc]
 *   this and the next two handled at C (depth: through lasti, push lasti)
 *     WITH_EXCEPT_START               [exit, lasti, exc, res]
 *     POP_JUMP_IF_TRUE S
 *     RERAISE 2
 *   C: POP_EXCEPT; RERAISE 1
 *   S: POP_TOP; POP_EXCEPT; POP_TOP; POP_TOP     exception, handled ref, lasti, exit
 *   after:
 * </pre>
 * So when {@code __exit__} suppresses, the exception dies at POP_EXCEPT and then the manager
 * with its bound {@code __exit__} (3.9+); 3.8 released {@code __exit__} right after calling it
 * ({@link org.heapsim.version.VersionPolicy#withExitReleasedAfterCall}).
 */
final class With {
    private With() {
    }

    /**
     * BEFORE_WITH: looks {@code __enter__} then {@code __exit__} up on the manager's type
     * (_PyObject_LookupSpecial), replaces the manager by the bound {@code __exit__}, releases
     * the manager's stack reference, calls {@code __enter__} and pushes its result.
     */
    static void beforeWith(PyRuntime rt, FrameObject fo) {
        Heap heap = rt.heap;
        PyObject mgr = fo.peek(1);
        PyObject enter = lookupSpecial(rt, mgr, "__enter__");
        if (enter == null) {
            throw protocolError(rt, Message.WITH_NO_ENTER, mgr);
        }
        PyObject exit = lookupSpecial(rt, mgr, "__exit__");
        if (exit == null) {
            heap.decref(enter);
            throw protocolError(rt, Message.WITH_NO_EXIT, mgr);
        }
        fo.swapPeek(1, exit);
        heap.decref(mgr);
        PyObject res;
        try {
            res = rt.vm.call(enter, new PyObject[0]);
        } finally {
            heap.decref(enter);
        }
        fo.pushOwned(res);
    }

    /**
     * WITH_EXCEPT_START with [exit, lasti, exc] on the stack: pushes
     * {@code exit(type(exc), exc, exc.__traceback__)}.
     */
    static void withExceptStart(PyRuntime rt, FrameObject fo) {
        Heap heap = rt.heap;
        PyObject exit = fo.peek(3);
        ExceptionObject exc = (ExceptionObject) fo.peek(1);
        PyObject tb = exc.field(3) == null ? heap.none() : exc.field(3);
        PyObject res = rt.vm.call(exit, new PyObject[] {exc.type(), exc, tb});
        if (rt.policy.withExitReleasedAfterCall()) {
            heap.decref(fo.swapPeek(3, heap.none()));
        }
        fo.pushOwned(res);
    }

    /** _PyObject_LookupSpecial: a new reference to the bound attribute found on the type, or null. */
    private static PyObject lookupSpecial(PyRuntime rt, PyObject obj, String name) {
        PyObject descr = Ops.typeLookup(rt, obj.type(), name);
        return descr == null ? null : Ops.descriptorGet(rt, descr, obj, obj.type());
    }

    private static PyException protocolError(PyRuntime rt, Message m, PyObject mgr) {
        String text = m.format(rt.policy.minor(), Ops.typeName(mgr));
        return rt.raise(rt.policy.contextManagerTypeError() ? ExceptionTypes.TYPE_ERROR : ExceptionTypes.ATTRIBUTE_ERROR, text);
    }
}
