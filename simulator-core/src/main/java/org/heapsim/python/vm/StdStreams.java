package org.heapsim.python.vm;

import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.StaticType;
import org.heapsim.heap.Types;
import org.heapsim.python.runtime.ExceptionTypes;

/**
 * sys.stdout and sys.stderr ({@code _io.TextIOWrapper} objects, GC-tracked, held by the sys
 * module as {@code stdout}/{@code __stdout__}...), their write() and flush(), and print()
 * ({@code builtin_print_impl}): the file is looked up in the sys module each call (a lost
 * {@code sys.stdout} is a RuntimeError, None prints nothing); each argument, separator and
 * end goes through the file's write() as CPython's {@code PyFile_WriteObject} does, str()
 * of an argument taken just before it is written.
 */
final class StdStreams {
    static final StaticType TEXT_IO = Types.define("_io.TextIOWrapper", Types.OBJECT, true, true, true);

    /** A stream's identity: which output it writes to, and its name. */
    record Stream(boolean stderr, String name) {
    }

    private StdStreams() {
    }

    /** Creates the two streams in the sys module's dict (stdout, __stdout__, stderr, __stderr__). */
    static void install(PyRuntime rt, GenericObject sys) {
        for (boolean err : new boolean[] {false, true}) {
            String n = err ? "stderr" : "stdout";
            PyObject s = rt.heap.newGeneric(TEXT_IO, new GenericObject.Shape(new String[0], false, false, false), null,
                    new Stream(err, "<" + n + ">"));
            Modules.put(rt, sys, n, s);
            Modules.put(rt, sys, "__" + n + "__", s);
            rt.heap.decref(s);
        }
        rt.sysDict = (DictObject) sys.field(0);
    }

    static void installMethods(BuiltinMethods m) {
        m.define(TEXT_IO, "write", (rt, self, a, kw) -> {
            Arity.one(rt, "TextIOWrapper", "write", a, kw);
            if (!(a[0] instanceof AtomObject s && s.isStr())) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "write() argument must be str, not " + Ops.typeName(a[0]));
            }
            Stream st = (Stream) ((GenericObject) self).payload();
            rt.write(s.asString(), st.stderr());
            return rt.vm.builtinMethods.newInt(s.asString().codePointCount(0, s.asString().length()));
        });
        m.define(TEXT_IO, "flush", (rt, self, a, kw) -> {
            Arity.none(rt, "TextIOWrapper", "flush", a, kw);
            return null;
        });
        m.define(TEXT_IO, "writable", (rt, self, a, kw) -> rt.heap.bool(true));
        m.define(TEXT_IO, "isatty", (rt, self, a, kw) -> rt.heap.bool(false));
    }

    static boolean isStream(PyObject o) {
        return o.type() == TEXT_IO;
    }

    static String repr(PyObject o) {
        Stream st = (Stream) ((GenericObject) o).payload();
        return "<_io.TextIOWrapper name='" + st.name() + "' mode='w' encoding='utf-8'>";
    }

    /** print(*args, sep=' ', end='\n', file=None, flush=False): keywords arrive as trailing values named by lastKwNames. */
    static PyObject print(PyRuntime rt, PyObject[] a) {
        String[] kw = rt.vm.lastKwNames;
        int nkw = kw == null ? 0 : kw.length;
        int npos = a.length - nkw;
        ArgsTuple call = ArgsTuple.enter(rt, "print", a, kw, false);
        try {
            PyObject sep = null;
            PyObject end = null;
            PyObject file = null;
            PyObject flush = null;
            for (int i = 0; i < nkw; i++) {
                PyObject v = a[npos + i];
                switch (kw[i]) {
                    case "sep" -> sep = v;
                    case "end" -> end = v;
                    case "file" -> file = v;
                    case "flush" -> flush = v;
                    default -> throw rt.raise(ExceptionTypes.TYPE_ERROR,
                            org.heapsim.version.Message.INVALID_KEYWORD.format(rt.policy.minor(), kw[i], "print"));
                }
            }
            if (file == null || file == rt.heap.none()) {
                file = sysStream(rt, "stdout");
                if (file == rt.heap.none()) {
                    return null;
                }
            }
            if (sep == rt.heap.none()) {
                sep = null;
            } else if (sep != null && !(sep instanceof AtomObject s && s.isStr())) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "sep must be None or a string, not " + Ops.typeName(sep));
            }
            if (end == rt.heap.none()) {
                end = null;
            } else if (end != null && !(end instanceof AtomObject s && s.isStr())) {
                throw rt.raise(ExceptionTypes.TYPE_ERROR, "end must be None or a string, not " + Ops.typeName(end));
            }
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    writeObject(rt, file, sep, " ");
                }
                writeObject(rt, file, a[i], null);
            }
            writeObject(rt, file, end, "\n");
            if (flush != null && Ops.isTrue(rt, flush) && file != null && !isStream(file)) {
                callMethod(rt, file, "flush", new PyObject[0]);
            }
            return null;
        } finally {
            call.exit();
        }
    }

    /**
     * The stream sys.X as print() finds it (_PySys_GetAttr): the real output when the program has
     * no sys module yet (null), the object in sys's dict, or RuntimeError "lost sys.X".
     */
    static PyObject sysStream(PyRuntime rt, String name) {
        if (rt.sysDict == null) {
            return null;
        }
        PyObject f = rt.heap.getItemStr(rt.sysDict, name);
        if (f == null) {
            throw rt.raise(ExceptionTypes.RUNTIME_ERROR, "lost sys." + name);
        }
        return f;
    }

    /**
     * PyFile_WriteObject(v, file, Py_PRINT_RAW), or PyFile_WriteString(literal) when v is null:
     * 3.9–3.10 look file.write up as a bound method first (an allocation), 3.11+ call it as a
     * method without binding, 3.8's bound method comes from a free list (no allocation).
     */
    private static void writeObject(PyRuntime rt, PyObject file, PyObject v, String literal) {
        if (file == null || isStream(file)) {
            boolean stderr = file != null && ((Stream) ((GenericObject) file).payload()).stderr();
            PyObject bound = null;
            if (file != null && rt.policy.printBindsWriteMethod()) {
                bound = Ops.getAttr(rt, file, "write");
            }
            try {
                rt.write(v == null ? literal : Ops.strOf(rt, v), stderr);
            } finally {
                if (bound != null) {
                    rt.heap.decref(bound);
                }
            }
            return;
        }
        PyObject writer = rt.policy.printBindsWriteMethod() ? Ops.getAttr(rt, file, "write") : null;
        try {
            PyObject text = v == null ? rt.heap.newStr(literal) : rt.heap.newStr(Ops.strOf(rt, v));
            try {
                PyObject r = writer != null ? rt.vm.call(writer, new PyObject[] {text}) : callMethod(rt, file, "write", new PyObject[] {text});
                rt.heap.decref(r);
            } finally {
                rt.heap.decref(text);
            }
        } finally {
            if (writer != null) {
                rt.heap.decref(writer);
            }
        }
    }

    /** PyObject_VectorcallMethod: a function found on the type is called with self, without a bound method. */
    private static PyObject callMethod(PyRuntime rt, PyObject self, String name, PyObject[] args) {
        PyObject descr = Ops.typeLookup(rt, self.type(), name);
        boolean shadowed = self.instanceState() != null && rt.heap.getAttr(self, name) != null;
        if (!shadowed && descr instanceof org.heapsim.heap.FunctionObject) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            return rt.vm.call(descr, withSelf);
        }
        PyObject m = Ops.getAttr(rt, self, name);
        try {
            return rt.vm.call(m, args);
        } finally {
            rt.heap.decref(m);
        }
    }
}
