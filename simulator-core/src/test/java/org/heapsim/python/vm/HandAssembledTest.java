package org.heapsim.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.heapsim.check.Outcome;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

/** The VM on hand-assembled code, before the compiler exists. */
class HandAssembledTest {
    private static final int ADD = BinaryOp.ADD.ordinal();

    /**
     * def f(a):
     *     print("in f", a)
     *     return a
     * x = f(1) + 2
     * print(x)
     */
    @Test
    void callsAndArithmetic() {
        ModuleRunner r = new ModuleRunner(PythonVersion.V3_11, "t.py", PyRuntime.Limits.DEFAULT);
        CodeBuilder fb = new CodeBuilder();
        fb.setLine(2);
        fb.emit(Op.LOAD_GLOBAL, fb.name("print") << 1 | 1);
        fb.emit(Op.LOAD_CONST, fb.constant("in f", r.str("in f")));
        fb.emit(Op.LOAD_FAST, 0);
        fb.emit(Op.CALL, 2);
        fb.emit(Op.POP_TOP);
        fb.setLine(3);
        fb.emit(Op.LOAD_FAST, 0);
        fb.emit(Op.RETURN_VALUE);
        Code f = fb.build("f", "f", "t.py", 1, new String[] {"a"}, new byte[] {Code.LOCAL | Code.ARG}, 1, 0, 0, 0);

        CodeBuilder mb = new CodeBuilder();
        mb.setLine(1);
        mb.emit(Op.LOAD_CONST, mb.constant(null, r.code(f)));
        mb.emit(Op.MAKE_FUNCTION, 0);
        mb.emit(Op.STORE_NAME, mb.name("f"));
        mb.setLine(4);
        mb.emit(Op.PUSH_NULL);
        mb.emit(Op.LOAD_NAME, mb.name("f"));
        mb.emit(Op.LOAD_CONST, mb.constant(1L, r.integer(1)));
        mb.emit(Op.CALL, 1);
        mb.emit(Op.LOAD_CONST, mb.constant(2L, r.integer(2)));
        mb.emit(Op.BINARY_OP, ADD);
        mb.emit(Op.STORE_NAME, mb.name("x"));
        mb.setLine(5);
        mb.emit(Op.PUSH_NULL);
        mb.emit(Op.LOAD_NAME, mb.name("print"));
        mb.emit(Op.LOAD_NAME, mb.name("x"));
        mb.emit(Op.CALL, 1);
        mb.emit(Op.POP_TOP);
        mb.emit(Op.LOAD_CONST, mb.constant("None", r.none()));
        mb.emit(Op.RETURN_VALUE);
        Code module = mb.build("<module>", "<module>", "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE);

        Outcome o = r.run(module);
        assertEquals("in f 1\n3\n", o.stdout(), o.stderr());
        assertEquals(0, o.status());
    }

    /** print(undefined) -> NameError traceback, exit 1 */
    @Test
    void uncaughtNameError() {
        ModuleRunner r = new ModuleRunner(PythonVersion.V3_11, "t.py", PyRuntime.Limits.DEFAULT);
        CodeBuilder mb = new CodeBuilder();
        mb.setLine(1);
        mb.emit(Op.PUSH_NULL);
        mb.emit(Op.LOAD_NAME, mb.name("print"));
        mb.emit(Op.LOAD_NAME, mb.name("undefined"));
        mb.emit(Op.CALL, 1);
        mb.emit(Op.POP_TOP);
        mb.emit(Op.LOAD_CONST, mb.constant("None", r.none()));
        mb.emit(Op.RETURN_VALUE);
        Outcome o = r.run(mb.build("<module>", "<module>", "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE));
        assertEquals(1, o.status());
        assertEquals("Traceback (most recent call last):\n  File \"t.py\", line 1, in <module>\nNameError: name 'undefined' is not defined\n", o.stderr());
    }

    /**
     * class D:
     *     def __init__(self, n): self.n = n
     *     def __del__(self): print("del", self.n)
     * x = [D(1), D(2), D(3)]
     * x = None
     * print("end")
     */
    @Test
    void listItemsDieLastFirstAndDelRuns() {
        for (PythonVersion v : PythonVersion.values()) {
            ModuleRunner r = new ModuleRunner(v, "t.py", PyRuntime.Limits.DEFAULT);
            CodeBuilder ib = new CodeBuilder();
            ib.setLine(2);
            ib.emit(Op.LOAD_FAST, 1);
            ib.emit(Op.LOAD_FAST, 0);
            ib.emit(Op.STORE_ATTR, ib.name("n"));
            ib.emit(Op.LOAD_CONST, ib.constant("None", r.none()));
            ib.emit(Op.RETURN_VALUE);
            Code init = ib.build("__init__", "D.__init__", "t.py", 2, new String[] {"self", "n"},
                    new byte[] {Code.LOCAL | Code.ARG, Code.LOCAL | Code.ARG}, 2, 0, 0, 0);
            CodeBuilder db = new CodeBuilder();
            db.setLine(3);
            db.emit(Op.LOAD_GLOBAL, db.name("print") << 1 | 1);
            db.emit(Op.LOAD_CONST, db.constant("del", r.str("del")));
            db.emit(Op.LOAD_FAST, 0);
            db.emit(Op.LOAD_ATTR, db.name("n"));
            db.emit(Op.CALL, 2);
            db.emit(Op.POP_TOP);
            db.emit(Op.LOAD_CONST, db.constant("None", r.none()));
            db.emit(Op.RETURN_VALUE);
            Code del = db.build("__del__", "D.__del__", "t.py", 3, new String[] {"self"}, new byte[] {Code.LOCAL | Code.ARG}, 1, 0, 0, 0);
            CodeBuilder cb = new CodeBuilder();
            cb.setLine(1);
            cb.emit(Op.LOAD_NAME, cb.name("__name__"));
            cb.emit(Op.STORE_NAME, cb.name("__module__"));
            cb.emit(Op.LOAD_CONST, cb.constant("D", r.str("D")));
            cb.emit(Op.STORE_NAME, cb.name("__qualname__"));
            cb.emit(Op.LOAD_CONST, cb.constant(null, r.code(init)));
            cb.emit(Op.MAKE_FUNCTION, 0);
            cb.emit(Op.STORE_NAME, cb.name("__init__"));
            cb.emit(Op.LOAD_CONST, cb.constant(null, r.code(del)));
            cb.emit(Op.MAKE_FUNCTION, 0);
            cb.emit(Op.STORE_NAME, cb.name("__del__"));
            cb.emit(Op.LOAD_CONST, cb.constant("None", r.none()));
            cb.emit(Op.RETURN_VALUE);
            Code body = cb.build("D", "D", "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE);
            CodeBuilder mb = new CodeBuilder();
            mb.setLine(1);
            mb.emit(Op.PUSH_NULL);
            mb.emit(Op.LOAD_BUILD_CLASS);
            mb.emit(Op.LOAD_CONST, mb.constant(null, r.code(body)));
            mb.emit(Op.MAKE_FUNCTION, 0);
            mb.emit(Op.LOAD_CONST, mb.constant("D", r.str("D")));
            mb.emit(Op.CALL, 2);
            mb.emit(Op.STORE_NAME, mb.name("D"));
            mb.setLine(4);
            for (int i = 1; i <= 3; i++) {
                mb.emit(Op.PUSH_NULL);
                mb.emit(Op.LOAD_NAME, mb.name("D"));
                mb.emit(Op.LOAD_CONST, mb.constant((long) i, r.integer(i)));
                mb.emit(Op.CALL, 1);
            }
            mb.emit(Op.BUILD_LIST, 3);
            mb.emit(Op.STORE_NAME, mb.name("x"));
            mb.setLine(5);
            mb.emit(Op.LOAD_CONST, mb.constant("None", r.none()));
            mb.emit(Op.STORE_NAME, mb.name("x"));
            mb.setLine(6);
            mb.emit(Op.PUSH_NULL);
            mb.emit(Op.LOAD_NAME, mb.name("print"));
            mb.emit(Op.LOAD_CONST, mb.constant("end", r.str("end")));
            mb.emit(Op.CALL, 1);
            mb.emit(Op.POP_TOP);
            mb.emit(Op.LOAD_CONST, mb.constant("None", r.none()));
            mb.emit(Op.RETURN_VALUE);
            Outcome o = r.run(mb.build("<module>", "<module>", "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE));
            assertEquals("del 3\ndel 2\ndel 1\nend\n", o.stdout(), v + ": " + o.stderr());
            assertEquals(0, o.status(), o.stderr());
        }
    }
}
