package org.heapsim.python.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heapsim.check.Outcome;
import org.heapsim.version.PythonVersion;
import org.junit.jupiter.api.Test;

/**
 * Displays, starred calls and the small instructions (BUILD_SET ... CALL_FUNCTION_EX,
 * LOAD_CLASSDEREF, SETUP_ANNOTATIONS) on hand-assembled code. The CPython output quoted in each
 * comment was measured on 3.8.18, 3.9.18, 3.10.13, 3.11.7, 3.12.1 and 3.13.0.
 */
class DisplayOpsTest {

    private static String lastLine(Outcome o) {
        String[] lines = o.stderr().split("\n");
        return lines[lines.length - 1];
    }

    /** s = {1, 2, 1}; print(len(s)); {[]} -> TypeError: unhashable type: 'list' */
    @Test
    void buildSet() {
        Asm m = Asm.module(PythonVersion.V3_11);
        m.integer(1).integer(2).integer(1).op(Op.BUILD_SET, 3).store("s");
        m.print(() -> m.load("len", true).load("s").call(1), 1);
        m.op(Op.BUILD_LIST, 0).op(Op.BUILD_SET, 1).pop();
        Outcome o = m.run();
        assertEquals("2\n", o.stdout());
        assertEquals("TypeError: unhashable type: 'list'", lastLine(o));
    }

    /**
     * d = {'a': D('1'), 'b': D('2')}      # BUILD_CONST_KEY_MAP 2
     * print(list(d)); d = None; print('end')
     * CPython (all versions): ['a', 'b'] / del 1 / del 2 / end
     */
    @Test
    void constKeyMapKeepsOrderAndReleasesInEntryOrder() {
        for (PythonVersion v : PythonVersion.values()) {
            Asm m = Asm.module(v);
            m.defineD();
            m.newD("1").newD("2").constant(null, m.r.names("a", "b")).op(Op.BUILD_CONST_KEY_MAP, 2).store("d");
            m.print(() -> m.load("list", true).load("d").call(1), 1);
            m.none().store("d");
            m.print("end");
            Outcome o = m.run();
            assertEquals("['a', 'b']\ndel 1\ndel 2\nend\n", o.stdout(), v + o.stderr());
        }
    }

    /**
     * d = {}; d['k'] = D('x') via MAP_ADD, then MAP_ADD 'k' -> D('y'): the old value dies in
     * the second MAP_ADD (insertdict), before the next statement. s = set(); SET_ADD of 1, 1.
     */
    @Test
    void mapAddAndSetAdd() {
        Asm m = Asm.module(PythonVersion.V3_11);
        m.defineD();
        m.op(Op.BUILD_MAP, 0).str("k").newD("x").op(Op.MAP_ADD, 1).str("k").newD("y").op(Op.MAP_ADD, 1).store("d");
        m.print("stored");
        m.op(Op.BUILD_SET, 0).integer(1).op(Op.SET_ADD, 1).integer(1).op(Op.SET_ADD, 1).integer(3).op(Op.SET_ADD, 1).store("s");
        m.print(() -> m.load("s"), 1);
        Outcome o = m.run();
        assertEquals("del x\nstored\n{1, 3}\ndel y\n", o.stdout(), o.stderr());
    }

    /**
     * [*1]: 3.8 "TypeError: 'int' object is not iterable", 3.9+ "TypeError: Value after * must
     * be an iterable, not int". {*1}: "'int' object is not iterable" everywhere. {**1}: "'int'
     * object is not a mapping" everywhere.
     */
    @Test
    void starredDisplayErrors() {
        for (PythonVersion v : PythonVersion.values()) {
            Asm m = Asm.module(v);
            m.op(Op.BUILD_LIST, 0).integer(1).op(Op.LIST_EXTEND, 1).pop();
            String expected = v == PythonVersion.V3_8 ? "TypeError: 'int' object is not iterable" : "TypeError: Value after * must be an iterable, not int";
            assertEquals(expected, lastLine(m.run()), v.toString());
            Asm s = Asm.module(v);
            s.op(Op.BUILD_SET, 0).integer(1).op(Op.SET_UPDATE, 1).pop();
            assertEquals("TypeError: 'int' object is not iterable", lastLine(s.run()), v.toString());
            Asm d = Asm.module(v);
            d.op(Op.BUILD_MAP, 0).integer(1).op(Op.DICT_UPDATE, 1).pop();
            assertEquals("TypeError: 'int' object is not a mapping", lastLine(d.run()), v.toString());
        }
    }

    /** [*'ab', *(1,)] + {**{'a': 1}, 'b': 2} + tuple(LIST_TO_TUPLE) */
    @Test
    void starredDisplays() {
        Asm m = Asm.module(PythonVersion.V3_11);
        m.op(Op.BUILD_LIST, 0).str("ab").op(Op.LIST_EXTEND, 1).integer(1).op(Op.BUILD_TUPLE, 1).op(Op.LIST_EXTEND, 1)
                .op(Op.LIST_TO_TUPLE).store("t");
        m.print(() -> m.load("t"), 1);
        m.op(Op.BUILD_MAP, 0).str("a").integer(1).op(Op.BUILD_MAP, 1).op(Op.DICT_UPDATE, 1)
                .str("b").integer(2).op(Op.BUILD_MAP, 1).op(Op.DICT_UPDATE, 1).store("d");
        m.print(() -> m.load("d"), 1);
        Outcome o = m.run();
        assertEquals("('a', 'b', 1)\n{'a': 1, 'b': 2}\n", o.stdout(), o.stderr());
    }

    /** def f(a=0, b=0, *r, **k): return (a, b, r, k) */
    private static Code fCode(Asm m) {
        Asm f = m.function();
        f.fast(0).fast(1).fast(2).fast(3).op(Op.BUILD_TUPLE, 4).op(Op.RETURN_VALUE);
        String[] locals = {"a", "b", "r", "k"};
        byte[] kinds = {Code.LOCAL | Code.ARG, Code.LOCAL | Code.ARG, Code.LOCAL | Code.ARG, Code.LOCAL | Code.ARG};
        return f.b.build("f", "f", "t.py", 1, locals, kinds, 2, 0, 0, Code.VARARGS | Code.VARKEYWORDS);
    }

    private static void defF(Asm m) {
        m.integer(0).integer(0).op(Op.BUILD_TUPLE, 2).code(fCode(m)).op(Op.MAKE_FUNCTION, 1).store("f");
    }

    /** print(f(1, *[2, 3], x=4, **{'y': 5})) -> (1, 2, (3,), {'x': 4, 'y': 5}) */
    @Test
    void callFunctionEx() {
        for (PythonVersion v : PythonVersion.values()) {
            Asm m = Asm.module(v);
            defF(m);
            m.print(() -> {
                m.load("f", true).integer(1).op(Op.BUILD_LIST, 1).integer(2).integer(3).op(Op.BUILD_LIST, 2)
                        .op(Op.LIST_EXTEND, 1 | Displays.CALL_ARGUMENTS).op(Op.LIST_TO_TUPLE)
                        .str("x").integer(4).op(Op.BUILD_MAP, 1).str("y").integer(5).op(Op.BUILD_MAP, 1).op(Op.DICT_MERGE, 1)
                        .op(Op.CALL_FUNCTION_EX, 1);
            }, 1);
            Outcome o = m.run();
            assertEquals("(1, 2, (3,), {'x': 4, 'y': 5})\n", o.stdout(), v + o.stderr());
        }
    }

    /**
     * Measured messages:
     *   f(**1)            3.8 "f() argument after ** must be a mapping, not int"
     *                     3.9+ "__main__.f() argument after ** must be a mapping, not int"
     *   f(a=1, **{'a':2}) 3.8 "f() got multiple values for keyword argument 'a'", 3.9+ "__main__.f() ..."
     *   f(*1)             3.8 "f() argument after * must be an iterable, not int", 3.9+ "__main__.f() ..."
     *   f(1, *1)          3.8 "f() argument after * must be an iterable, not int"
     *                     3.9+ "Value after * must be an iterable, not int"
     *   print(**1)        "print() argument after ** must be a mapping, not int" (all)
     *   f(**{1: 2})       3.8 "f() keywords must be strings", 3.9+ "keywords must be strings"
     */
    @Test
    void callFunctionExMessages() {
        for (PythonVersion v : PythonVersion.values()) {
            String pre = v == PythonVersion.V3_8 ? "f()" : "__main__.f()";
            Asm a = Asm.module(v);
            defF(a);
            a.load("f", true).op(Op.BUILD_TUPLE, 0).op(Op.BUILD_MAP, 0).integer(1).op(Op.DICT_MERGE, 1).op(Op.CALL_FUNCTION_EX, 1).pop();
            assertEquals("TypeError: " + pre + " argument after ** must be a mapping, not int", lastLine(a.run()), v.toString());

            Asm b = Asm.module(v);
            defF(b);
            b.load("f", true).op(Op.BUILD_TUPLE, 0).str("a").integer(1).op(Op.BUILD_MAP, 1)
                    .str("a").integer(2).op(Op.BUILD_MAP, 1).op(Op.DICT_MERGE, 1).op(Op.CALL_FUNCTION_EX, 1).pop();
            assertEquals("TypeError: " + pre + " got multiple values for keyword argument 'a'", lastLine(b.run()), v.toString());

            Asm c = Asm.module(v);
            defF(c);
            c.load("f", true).integer(1).op(Op.CALL_FUNCTION_EX, 0).pop();
            assertEquals("TypeError: " + pre + " argument after * must be an iterable, not int", lastLine(c.run()), v.toString());

            Asm d = Asm.module(v);
            defF(d);
            d.load("f", true).integer(1).op(Op.BUILD_LIST, 1).integer(1).op(Op.LIST_EXTEND, 1 | Displays.CALL_ARGUMENTS)
                    .op(Op.LIST_TO_TUPLE).op(Op.CALL_FUNCTION_EX, 0).pop();
            assertEquals(v == PythonVersion.V3_8 ? "TypeError: f() argument after * must be an iterable, not int"
                    : "TypeError: Value after * must be an iterable, not int", lastLine(d.run()), v.toString());

            Asm e = Asm.module(v);
            e.load("print", true).op(Op.BUILD_TUPLE, 0).op(Op.BUILD_MAP, 0).integer(1).op(Op.DICT_MERGE, 1).op(Op.CALL_FUNCTION_EX, 1).pop();
            assertEquals("TypeError: print() argument after ** must be a mapping, not int", lastLine(e.run()), v.toString());

            Asm g = Asm.module(v);
            defF(g);
            g.load("f", true).op(Op.BUILD_TUPLE, 0).op(Op.BUILD_MAP, 0).integer(1).integer(2).op(Op.BUILD_MAP, 1)
                    .op(Op.DICT_MERGE, 1).op(Op.CALL_FUNCTION_EX, 1).pop();
            assertEquals(v == PythonVersion.V3_8 ? "TypeError: f() keywords must be strings" : "TypeError: keywords must be strings",
                    lastLine(g.run()), v.toString());
        }
    }

    /**
     * def g(a, b, k=None):
     *     loc = D("loc")
     *     return 2
     * print(g(*[D(1), D(2)], **{'k': D('kk')}))
     * 3.8-3.11: del loc / del 2 / del 1 / del kk / 2   (tuple and dict outlive the call)
     * 3.12+:    del 1 / del 2 / del kk / del loc / 2   (items moved into the frame)
     */
    @Test
    void starCallArgumentOwnershipPerVersion() {
        for (PythonVersion v : PythonVersion.values()) {
            Asm m = Asm.module(v);
            m.defineD();
            Asm g = m.function();
            g.newD("loc").storeFast(3).integer(2).op(Op.RETURN_VALUE);
            Code gc = g.build("g", new String[] {"a", "b", "k", "loc"}, 3, 0);
            m.none().op(Op.BUILD_TUPLE, 1).code(gc).op(Op.MAKE_FUNCTION, 1).store("g");
            m.print(() -> m.load("g", true).newD("1").newD("2").op(Op.BUILD_LIST, 2)
                    .op(Op.BUILD_MAP, 0).str("k").newD("kk").op(Op.BUILD_MAP, 1).op(Op.DICT_MERGE, 1)
                    .op(Op.CALL_FUNCTION_EX, 1), 1);
            Outcome o = m.run();
            String expected = v.compareTo(PythonVersion.V3_12) >= 0 ? "del 1\ndel 2\ndel kk\ndel loc\n2\n" : "del loc\ndel 2\ndel 1\ndel kk\n2\n";
            assertEquals(expected, o.stdout(), v + o.stderr());
        }
    }

    /**
     * def outer():
     *     x = 'cell'
     *     class C:
     *         print(x)        # LOAD_CLASSDEREF
     * outer()
     */
    @Test
    void loadClassDeref() {
        Asm m = Asm.module(PythonVersion.V3_11);
        Asm body = new Asm(m.r, false);
        body.load("print", true).op(Op.LOAD_CLASSDEREF, 0).call(1).pop().none().op(Op.RETURN_VALUE);
        Code bodyCode = body.b.build("C", "outer.<locals>.C", "t.py", 3, new String[] {"x"}, new byte[] {Code.FREE}, 0, 0, 0, Code.NAMESPACE);
        Asm outer = m.function();
        outer.op(Op.MAKE_CELL, 0).str("cell").op(Op.STORE_DEREF, 0);
        outer.op(Op.PUSH_NULL).op(Op.LOAD_BUILD_CLASS).op(Op.LOAD_CLOSURE, 0).op(Op.BUILD_TUPLE, 1).code(bodyCode)
                .op(Op.MAKE_FUNCTION, 8).str("C").call(2).pop().none().op(Op.RETURN_VALUE);
        Code outerCode = outer.b.build("outer", "outer", "t.py", 1, new String[] {"x"}, new byte[] {Code.CELL | Code.LOCAL}, 0, 0, 0, 0);
        m.def("outer", outerCode);
        m.load("outer", true).call(0).pop();
        Outcome o = m.run();
        assertEquals("cell\n", o.stdout(), o.stderr());
    }

    /** x: int = 5; print(__annotations__) -> {'x': <class 'int'>} */
    @Test
    void setupAnnotations() {
        Asm m = Asm.module(PythonVersion.V3_11);
        m.op(Op.SETUP_ANNOTATIONS).integer(5).store("x").load("int").load("__annotations__").str("x").op(Op.STORE_SUBSCR);
        m.print(() -> m.load("__annotations__"), 1);
        Outcome o = m.run();
        assertEquals("{'x': <class 'int'>}\n", o.stdout(), o.stderr());
        assertTrue(o.stderr().isEmpty());
    }

    /** POP_JUMP_IF_TRUE, POP_JUMP_IF_NOT_NONE, JUMP_IF_TRUE_OR_POP, UNARY_INVERT, UNARY_POSITIVE */
    @Test
    void jumpsAndUnary() {
        Asm m = Asm.module(PythonVersion.V3_11);
        CodeBuilder.Label l1 = m.b.label();
        CodeBuilder.Label l2 = m.b.label();
        CodeBuilder.Label l3 = m.b.label();
        m.integer(1).jump(Op.POP_JUMP_IF_TRUE, l1).print("not reached").place(l1);
        m.integer(0).jump(Op.POP_JUMP_IF_NOT_NONE, l2).print("not reached").place(l2);
        m.integer(0).jump(Op.JUMP_IF_TRUE_OR_POP, l3).integer(7).place(l3).store("x");
        m.print(() -> m.load("x").op(Op.UNARY_INVERT).load("x").op(Op.UNARY_POSITIVE), 2);
        Outcome o = m.run();
        assertEquals("-8 7\n", o.stdout(), o.stderr());
    }
}
