package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.ExceptionObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.Interpreter;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.PyType;
import org.heapsim.heap.Root;
import org.heapsim.heap.TupleObject;
import org.heapsim.version.PythonVersion;
import org.heapsim.version.VersionPolicy;

/**
 * Everything one simulated program runs against: its heap and interpreter, the builtins,
 * its output, and the limits it runs under. One per run; nothing is shared between runs.
 */
public final class PyRuntime {
    /** Limits for untrusted programs. */
    public record Limits(long maxSteps, long maxObjects, int recursionLimit, long maxOutputChars) {
        public static final Limits DEFAULT = new Limits(200_000_000L, 20_000_000L, 1000, 10_000_000L);
    }

    final Heap heap;
    final Interpreter interpreter;
    final VersionPolicy policy;
    final Limits limits;
    final DictObject builtins;
    final Root constants;
    final StringBuilder stdout = new StringBuilder();
    final StringBuilder stderr = new StringBuilder();
    final String fileName;
    long steps;
    /** The globals of heapsim's library modules: code running there may import the natives. */
    final java.util.Map<DictObject, Boolean> libraryGlobals = new java.util.IdentityHashMap<>();
    /** The gc clock's net allocations when the program's padded {@code import weakref} began, else null. */
    Long importBase;
    /** Whether print's argument parser has made its keyword tuple (3.8-3.11). */
    boolean printParserReady;
    /** sys.stdout's pending writes (the list it holds between flushes). */
    final StdoutBuffer stdoutBuffer = new StdoutBuffer(this);
    private ModuleCompiler moduleCompiler = ModuleCompiler.UNAVAILABLE;
    Vm vm;
    /** The sys module's dict once the program has one (print() finds sys.stdout there), else null. */
    DictObject sysDict;
    /** Containers whose repr is being built (Py_ReprEnter), per run. */
    final java.util.Map<PyObject, Boolean> reprActive = new java.util.IdentityHashMap<>();
    /** The program's source lines by code file name: the text of each line's heap Operation. */
    private final java.util.Map<String, List<String>> sources = new java.util.HashMap<>();
    /** Told of each line the program starts while the heap has listeners, or null. */
    LineObserver lineObserver;
    /** Calls the engine makes into Python (__del__, weakref callbacks, finalizers, atexit) in progress. */
    int engineCalls;
    /** The event sequence number of the operation the program's lines began last (0: none). */
    long operationSeq;

    public PyRuntime(PythonVersion version, String fileName, Limits limits) {
        this.heap = new Heap(version);
        heap.setKeyOps(new PyKeys(this));
        this.policy = version.policy();
        this.limits = limits;
        this.fileName = fileName;
        this.interpreter = new Interpreter(heap);
        heap.setMaxLiveObjects(limits.maxObjects());
        this.constants = heap.newRoot("code constants");
        Root builtinsRoot = heap.newRoot("builtins module");
        this.builtins = heap.newDict();
        heap.hold(builtinsRoot, builtins);
        heap.decref(builtins);
    }

    /** How heapsim's library source (weakref.py...) is compiled when a program imports it. */
    public void setModuleCompiler(ModuleCompiler compiler) {
        this.moduleCompiler = compiler;
    }

    /**
     * The source of a program file (lines without terminators): while the heap has listeners,
     * each line the program's code starts becomes a heap Operation named by its stripped text.
     */
    public void addSource(String filename, List<String> lines) {
        sources.put(filename, List.copyOf(lines));
    }

    /** Line line of the file, stripped, or "" when unknown. */
    String sourceLine(String filename, int line) {
        List<String> lines = sources.get(filename);
        return lines != null && line >= 1 && line <= lines.size() ? lines.get(line - 1).strip() : "";
    }

    /** The file's lines as written (without terminators), empty when unknown. */
    List<String> sourceLines(String filename) {
        return sources.getOrDefault(filename, List.of());
    }

    /** Line line of the file as written (without its line terminator), or null when unknown. */
    String rawSourceLine(String filename, int line) {
        List<String> lines = sources.get(filename);
        return lines != null && line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }

    /** Follows the program's lines (only while the heap has listeners); null for none. */
    public void setLineObserver(LineObserver observer) {
        this.lineObserver = observer;
    }

    ModuleCompiler moduleCompiler() {
        return moduleCompiler;
    }

    public Heap heap() {
        return heap;
    }

    public Interpreter interpreter() {
        return interpreter;
    }

    public String stdout() {
        return stdout.toString();
    }

    public String stderr() {
        return stderr.toString();
    }

    void write(String text, boolean toStderr) {
        StringBuilder sb = toStderr ? stderr : stdout;
        if (stdout.length() + stderr.length() + text.length() > limits.maxOutputChars()) {
            throw new LimitExceeded("output limit of " + limits.maxOutputChars() + " characters exceeded");
        }
        sb.append(text);
        heap.output(text, toStderr);
        if (outputSink != null) {
            outputSink.write(text, toStderr);
        }
    }

    private OutputSink outputSink;

    /** Told of each piece of output as the program writes it; null for none. */
    public void setOutputSink(OutputSink sink) {
        this.outputSink = sink;
    }

    private PyObject emptyFrozenset;

    /** 3.8-3.9's shared empty frozenset (frozenset_new's emptyfrozenset), made on first use; a new reference. */
    PyObject emptyFrozenset() {
        if (emptyFrozenset == null) {
            emptyFrozenset = constant(heap.newSet(true));
        }
        heap.incref(emptyFrozenset);
        return emptyFrozenset;
    }

    /** A constant held for the code object's lifetime (the program's). */
    PyObject constant(PyObject o) {
        heap.hold(constants, o);
        heap.decref(o);
        return o;
    }

    // ------------------------------------------------------------------ raising

    /** A new exception instance of a built-in type with one str argument (or none when message is null). */
    ExceptionObject newException(PyType type, String message) {
        ExceptionObject e = heap.newException(type);
        List<PyObject> args = new ArrayList<>();
        if (message != null) {
            args.add(heap.newStr(message));
        }
        TupleObject t = heap.newTuple(args);
        for (PyObject a : args) {
            heap.decref(a);
        }
        heap.setExceptionField(e, "args", t);
        heap.decref(t);
        return e;
    }

    PyException raise(PyType type, String message) {
        return new PyException(newException(type, message), type.name(), message);
    }

    /** Wraps an exception object (taking over the reference) for propagation. */
    PyException raised(ExceptionObject e) {
        return new PyException(e, e.type().name(), messageOf(e));
    }

    /** str(exc) for the common case of one str argument. */
    String messageOf(ExceptionObject e) {
        PyObject args = e.field(1);
        if (args instanceof TupleObject t) {
            if (t.size() == 0) {
                return "";
            }
            if (t.size() == 1 && t.get(0) instanceof AtomObject a) {
                return a.isStr() ? a.asString() : Ops.strOf(this, a);
            }
            return Ops.strOf(this, t);
        }
        return "";
    }

    /** Thrown when a limit for untrusted programs is exceeded. */
    public static final class LimitExceeded extends RuntimeException {
        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }
}
