package org.heapsim.python.vm;

import org.heapsim.check.Outcome;
import org.heapsim.version.PythonVersion;

/**
 * A small assembler for hand-written test programs: a CodeBuilder with shorthands for the
 * sequences CPython 3.11's compiler emits (calls, prints, the class D whose {@code __del__}
 * prints "del N"). Module code uses LOAD_NAME; function code (global == true) LOAD_GLOBAL.
 */
final class Asm {
    final ModuleRunner r;
    final CodeBuilder b = new CodeBuilder();
    private final boolean function;

    Asm(ModuleRunner r, boolean function) {
        this.r = r;
        this.function = function;
    }

    static Asm module(PythonVersion v) {
        return new Asm(new ModuleRunner(v, "t.py", PyRuntime.Limits.DEFAULT), false);
    }

    Asm function() {
        return new Asm(r, true);
    }

    Asm line(int n) {
        b.setLine(n);
        return this;
    }

    Asm op(int op, int arg) {
        b.emit(op, arg);
        return this;
    }

    Asm op(int op) {
        b.emit(op, 0);
        return this;
    }

    Asm jump(int op, CodeBuilder.Label l) {
        b.emitJump(op, l);
        return this;
    }

    Asm place(CodeBuilder.Label l) {
        b.place(l);
        return this;
    }

    Asm str(String s) {
        return op(Op.LOAD_CONST, b.constant("s:" + s, r.str(s)));
    }

    Asm integer(long v) {
        return op(Op.LOAD_CONST, b.constant(v, r.integer(v)));
    }

    Asm none() {
        return op(Op.LOAD_CONST, b.constant("None", r.none()));
    }

    Asm constant(Object key, org.heapsim.heap.PyObject value) {
        return op(Op.LOAD_CONST, b.constant(key, value));
    }

    Asm code(Code c) {
        return op(Op.LOAD_CONST, b.constant(null, r.code(c)));
    }

    /** Loads a global or module name (NULL first when pushNull). */
    Asm load(String name, boolean pushNull) {
        if (function) {
            return op(Op.LOAD_GLOBAL, b.name(name) << 1 | (pushNull ? 1 : 0));
        }
        if (pushNull) {
            op(Op.PUSH_NULL);
        }
        return op(Op.LOAD_NAME, b.name(name));
    }

    Asm load(String name) {
        return load(name, false);
    }

    Asm store(String name) {
        return op(function ? Op.STORE_GLOBAL : Op.STORE_NAME, b.name(name));
    }

    Asm fast(int i) {
        return op(Op.LOAD_FAST, i);
    }

    Asm storeFast(int i) {
        return op(Op.STORE_FAST, i);
    }

    Asm call(int n) {
        return op(Op.CALL, n);
    }

    Asm pop() {
        return op(Op.POP_TOP);
    }

    /** D(n), left on the stack. */
    Asm newD(String n) {
        return load("D", true).str(n).call(1);
    }

    /** print(<what pushes argc values>) as a statement. */
    Asm print(Runnable args, int argc) {
        load("print", true);
        args.run();
        return call(argc).pop();
    }

    Asm print(String s) {
        return print(() -> str(s), 1);
    }

    /** return None, and the module code object. */
    Code buildModule() {
        none().op(Op.RETURN_VALUE);
        return b.build("<module>", "<module>", "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE);
    }

    Outcome run() {
        return r.run(buildModule());
    }

    Code build(String name, String[] locals, int argCount, int flags) {
        byte[] kinds = new byte[locals.length];
        for (int i = 0; i < locals.length; i++) {
            kinds[i] = (byte) (Code.LOCAL | (i < argCount ? Code.ARG : 0));
        }
        return b.build(name, name, "t.py", 1, locals, kinds, argCount, 0, 0, flags);
    }

    /** Defines a function from body (code) at module level under name. */
    Asm def(String name, Code body) {
        return code(body).op(Op.MAKE_FUNCTION, 0).store(name);
    }

    /**
     * class D:
     *     def __init__(self, n): self.n = n
     *     def __del__(self): print("del", self.n)
     */
    Asm defineD() {
        return defineClass("D", true, null);
    }

    /** A class with D's __init__ (self.n = n) and, when withDel, __del__ printing "del", self.n. */
    Asm defineClass(String name, boolean withDel, Object[] extra) {
        java.util.List<Object> methods = new java.util.ArrayList<>();
        methods.add("__init__");
        methods.add(method(name + ".__init__", new String[] {"self", "n"}, 2,
                a -> a.fast(1).fast(0).op(Op.STORE_ATTR, a.b.name("n")).none().op(Op.RETURN_VALUE)));
        if (withDel) {
            methods.add("__del__");
            methods.add(method(name + ".__del__", new String[] {"self"}, 1,
                    a -> a.print(() -> a.str("del").fast(0).op(Op.LOAD_ATTR, a.b.name("n")), 2).none().op(Op.RETURN_VALUE)));
        }
        if (extra != null) {
            methods.addAll(java.util.List.of(extra));
        }
        return defineClass(name, null, methods.toArray());
    }

    /** class name(base): with the given (name, Code) methods. */
    Asm defineClass(String name, String base, Object... methods) {
        Asm cb = new Asm(r, false);
        cb.load("__name__").store("__module__").str(name).store("__qualname__");
        for (int i = 0; i < methods.length; i += 2) {
            cb.code((Code) methods[i + 1]).op(Op.MAKE_FUNCTION, 0).store((String) methods[i]);
        }
        cb.none().op(Op.RETURN_VALUE);
        Code body = cb.b.build(name, name, "t.py", 1, new String[0], new byte[0], 0, 0, 0, Code.NAMESPACE);
        op(Op.PUSH_NULL).op(Op.LOAD_BUILD_CLASS).code(body).op(Op.MAKE_FUNCTION, 0).str(name);
        if (base != null) {
            load(base);
        }
        call(base == null ? 2 : 3);
        return store(name);
    }

    /** A function's code: locals (the first argCount are parameters), body emitted by the callback. */
    Code method(String qualname, String[] locals, int argCount, java.util.function.Consumer<Asm> body) {
        return method(qualname, locals, argCount, 0, body);
    }

    Code method(String qualname, String[] locals, int argCount, int flags, java.util.function.Consumer<Asm> body) {
        Asm a = function();
        body.accept(a);
        byte[] kinds = new byte[locals.length];
        for (int i = 0; i < locals.length; i++) {
            kinds[i] = (byte) (Code.LOCAL | (i < argCount ? Code.ARG : 0));
        }
        String name = qualname.substring(qualname.lastIndexOf('.') + 1);
        return a.b.build(name, qualname, "t.py", 1, locals, kinds, argCount, 0, 0, flags);
    }

    /** A method body: self is local 0; returns its code for defineClass's extra. */
    Asm method() {
        return function();
    }
}
