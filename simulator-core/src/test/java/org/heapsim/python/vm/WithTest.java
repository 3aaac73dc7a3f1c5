package org.heapsim.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.heapsim.check.Outcome;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

/** The with statement (BEFORE_WITH, WITH_EXCEPT_START and the cleanup layout documented in {@link With}). */
class WithTest {

    /**
     * class CM:
     *     def __init__(self, n, s): self.n = n; self.s = s
     *     def __enter__(self):
     *         print("enter", self.n)
     *         return D("enter")
     *     def __exit__(self, t, v, tb):
     *         print("exit", self.n)
     *         return self.s
     *     def __del__(self): print("del cm", self.n)
     * class E(Exception):
     *     def __del__(self): print("del E")
     */
    static void defineCmAndE(Asm m) {
        m.defineD();
        m.defineClass("CM", null,
                "__init__", m.method("CM.__init__", new String[] {"self", "n", "s"}, 3, a -> a
                        .fast(1).fast(0).op(Op.STORE_ATTR, a.b.name("n"))
                        .fast(2).fast(0).op(Op.STORE_ATTR, a.b.name("s")).none().op(Op.RETURN_VALUE)),
                "__enter__", m.method("CM.__enter__", new String[] {"self"}, 1, a -> a
                        .print(() -> a.str("enter").fast(0).op(Op.LOAD_ATTR, a.b.name("n")), 2)
                        .newD("enter").op(Op.RETURN_VALUE)),
                "__exit__", m.method("CM.__exit__", new String[] {"self", "t", "v", "tb"}, 4, a -> a
                        .print(() -> a.str("exit").fast(0).op(Op.LOAD_ATTR, a.b.name("n")), 2)
                        .fast(0).op(Op.LOAD_ATTR, a.b.name("s")).op(Op.RETURN_VALUE)),
                "__del__", m.method("CM.__del__", new String[] {"self"}, 1, a -> a
                        .print(() -> a.str("del cm").fast(0).op(Op.LOAD_ATTR, a.b.name("n")), 2).none().op(Op.RETURN_VALUE)));
        m.defineClass("E", "Exception",
                "__del__", m.method("E.__del__", new String[] {"self"}, 1, a -> a.print("del E").none().op(Op.RETURN_VALUE)));
    }

    /** Emits "with CM(n, suppress) [as local]:" around body, in the layout With documents. */
    static void with(Asm a, String n, boolean suppress, int asLocal, int depth, Runnable body) {
        CodeBuilder b = a.b;
        CodeBuilder.Label h = b.label();
        CodeBuilder.Label c = b.label();
        CodeBuilder.Label s = b.label();
        CodeBuilder.Label after = b.label();
        a.load("CM", true).str(n).constant(suppress, a.r.runtime().heap().bool(suppress)).call(2);
        a.op(Op.BEFORE_WITH);
        if (asLocal >= 0) {
            a.storeFast(asLocal);
        } else {
            a.pop();
        }
        b.beginHandlerRange(h, depth + 1, true);
        body.run();
        b.endHandlerRange();
        a.none().none().none().call(2).pop().jump(Op.JUMP, after);
        a.place(h).op(Op.PUSH_EXC_INFO);
        b.beginHandlerRange(c, depth + 2, true);
        a.op(Op.WITH_EXCEPT_START).jump(Op.POP_JUMP_IF_TRUE, s).op(Op.RERAISE, 2);
        b.endHandlerRange();
        a.place(c).op(Op.POP_EXCEPT).op(Op.RERAISE, 1);
        a.place(s).pop().op(Op.POP_EXCEPT).pop().pop();
        a.place(after);
    }

    /**
     * def f():
     *     with CM("a", False):
     *         print("body")
     *     print("after a")
     *     with CM("c", True) as x:
     *         raise E()
     *     print("after c")
     * f()
     * try:
     *     with CM("d", False):
     *         raise E()
     * except E:
     *     print("caught")
     * print("end")
     *
     * CPython 3.9-3.13:                      3.8 differs in the suppressed case:
     *   enter a / del enter / body / exit a /    ... exit c / del cm c / del E / ...
     *   del cm a / after a / enter c / exit c /  (WITH_CLEANUP_START released __exit__
     *   del E / del cm c / after c / del enter / right after calling it)
     *   enter d / del enter / exit d / del cm d / caught / del E / end
     */
    @Test
    void lifetimesAroundWith() {
        for (PythonVersion v : PythonVersion.values()) {
            Asm m = Asm.module(v);
            defineCmAndE(m);
            Code f = m.method("f", new String[] {"x"}, 0, a -> {
                with(a, "a", false, -1, 0, () -> a.print("body"));
                a.print("after a");
                with(a, "c", true, 0, 0, () -> a.load("E", true).call(0).op(Op.RAISE_VARARGS, 1));
                a.print("after c");
                a.none().op(Op.RETURN_VALUE);
            });
            m.def("f", f);
            m.load("f", true).call(0).pop();
            CodeBuilder.Label h = m.b.label();
            CodeBuilder.Label c = m.b.label();
            CodeBuilder.Label no = m.b.label();
            CodeBuilder.Label after = m.b.label();
            m.b.beginHandlerRange(h, 0, false);
            with(m, "d", false, -1, 0, () -> m.load("E", true).call(0).op(Op.RAISE_VARARGS, 1));
            m.b.endHandlerRange();
            m.jump(Op.JUMP, after);
            m.place(h).op(Op.PUSH_EXC_INFO);
            m.b.beginHandlerRange(c, 0, true);
            m.load("E").op(Op.CHECK_EXC_MATCH).jump(Op.POP_JUMP_IF_FALSE, no).pop().print("caught").op(Op.POP_EXCEPT).jump(Op.JUMP, after);
            m.place(no).op(Op.RERAISE, 0);
            m.b.endHandlerRange();
            m.place(c).op(Op.POP_EXCEPT).op(Op.RERAISE, 1);
            m.place(after);
            m.print("end");
            Outcome o = m.run();
            String suppressed = v == PythonVersion.V3_8 ? "exit c\ndel cm c\ndel E\n" : "exit c\ndel E\ndel cm c\n";
            assertEquals("enter a\ndel enter\nbody\nexit a\ndel cm a\nafter a\nenter c\n" + suppressed
                    + "after c\ndel enter\nenter d\ndel enter\nexit d\ndel cm d\ncaught\ndel E\nend\n", o.stdout(), v + o.stderr());
            assertEquals("", o.stderr());
        }
    }

    /**
     * with A(): pass   (A has neither method; B only __enter__)
     * 3.8-3.10: AttributeError: __enter__ / AttributeError: __exit__
     * 3.11+:    TypeError: 'A' object does not support the context manager protocol
     *           TypeError: 'B' object does not support the context manager protocol (missed __exit__ method)
     */
    @Test
    void notAContextManager() {
        for (PythonVersion v : PythonVersion.values()) {
            boolean typeError = v.compareTo(PythonVersion.V3_11) >= 0;
            Asm a = Asm.module(v);
            a.defineClass("A", null);
            a.load("A", true).call(0).op(Op.BEFORE_WITH).pop().pop();
            Outcome o = a.run();
            assertEquals(typeError ? "TypeError: 'A' object does not support the context manager protocol" : "AttributeError: __enter__",
                    o.stderr().substring(o.stderr().lastIndexOf('\n', o.stderr().length() - 2) + 1).trim(), v.toString());
            Asm b = Asm.module(v);
            b.defineClass("B", null, "__enter__", b.method("B.__enter__", new String[] {"self"}, 1, x -> x.fast(0).op(Op.RETURN_VALUE)));
            b.load("B", true).call(0).op(Op.BEFORE_WITH).pop().pop();
            o = b.run();
            assertEquals(typeError ? "TypeError: 'B' object does not support the context manager protocol (missed __exit__ method)"
                    : "AttributeError: __exit__", o.stderr().substring(o.stderr().lastIndexOf('\n', o.stderr().length() - 2) + 1).trim(), v.toString());
        }
    }

    /**
     * with CM("z", False): raise E()   at module level, uncaught: one traceback entry for the
     * module (RERAISE adds none), exit status 1, and E lives on as sys.last_value until shutdown
     * (all versions: enter z / del enter / exit z / del cm z / traceback / del E). The last line
     * is "__main__.E" on 3.8-3.10, "E" on 3.11+.
     */
    @Test
    void uncaughtThroughWithHasOneTracebackEntry() {
        for (PythonVersion v : PythonVersion.values()) {
            Asm m = Asm.module(v);
            defineCmAndE(m);
            m.line(5);
            with(m, "z", false, -1, 0, () -> m.line(6).load("E", true).call(0).op(Op.RAISE_VARARGS, 1));
            Outcome o = m.run();
            String name = v.compareTo(PythonVersion.V3_11) < 0 ? "__main__.E" : "E";
            assertEquals("Traceback (most recent call last):\n  File \"t.py\", line 6, in <module>\n" + name + "\n", o.stderr(), v.toString());
            assertEquals(1, o.status());
            assertEquals("enter z\ndel enter\nexit z\ndel cm z\ndel E\n", o.stdout(), v.toString());
        }
    }
}
