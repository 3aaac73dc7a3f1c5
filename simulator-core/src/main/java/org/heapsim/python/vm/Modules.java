package org.heapsim.python.vm;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.heapsim.gc.Collector;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Unsupported;
import org.heapsim.python.runtime.ExceptionTypes;
import org.heapsim.version.ImportCalibration;

/**
 * The import system of the subset ({@code PyImport_ImportModuleLevelObject} and importlib's
 * {@code _find_and_load}): {@code sys.modules} is the interpreter's dict in the heap, a module
 * is a module object whose dict holds its globals, and a module is entered in
 * {@code sys.modules} before its body runs and moved to the end once the body has finished
 * (importlib's {@code _load_unlocked} does that pop-and-reinsert, so the dict's order is the
 * order in which imports completed: {@code _weakrefset} before {@code weakref}).
 *
 * <p>What can be imported: a program may import {@code weakref}, {@code gc} and {@code sys}
 * (python-subset.md); heapsim's library source ({@code weakref.py}, {@code _weakrefset.py},
 * resources under {@code org/heapsim/python/lib}) may also import the natives it is written
 * against: {@code _weakref}, {@code _heapsim}, {@code types} and {@code _weakrefset}. Anything
 * else is refused as not supported, except {@code _heapsim}, which CPython does not have: a
 * program importing it gets CPython's {@code ModuleNotFoundError}.
 *
 * <p>The gc clock: modules CPython has loaded before a script's first line ({@code sys},
 * {@code _weakref}; {@code gc}, whose import on a script's first lines is part of the measured
 * start-up counts; on 3.11 the whole weakref chain) are created on first use without moving
 * the clock, and their objects are put in the generation where CPython's start-up objects sit.
 * The weakref chain on the other versions runs for real and is padded up to CPython's cost
 * ({@link ImportCalibration}).
 */
final class Modules {
    private Modules() {
    }

    /** What a program may import (python-subset.md). */
    private static final Set<String> PROGRAM_MODULES = Set.of("weakref", "gc", "sys");
    /** Modules implemented by heapsim's own Python source (classpath resources). */
    private static final Set<String> SOURCE_MODULES = Set.of("weakref", "_weakrefset");
    /** Modules CPython has in sys.modules (or counted in the start-up counts) when a script starts. */
    private static final Set<String> PRELOADED = Set.of("sys", "gc", "_weakref");
    private static final String LIBRARY = "/org/heapsim/python/lib/";

    /**
     * IMPORT_NAME: the module (a new reference). level is the relative-import level;
     * importer is the frame executing the import (its globals tell library code from the program).
     */
    static PyObject importName(PyRuntime rt, String name, long level, Frame importer) {
        if (level != 0) {
            throw new Unsupported("relative import");
        }
        boolean fromLibrary = importer != null && rt.libraryGlobals.containsKey(importer.globals);
        if (!fromLibrary && !PROGRAM_MODULES.contains(name)) {
            if (name.equals("_heapsim")) {
                throw rt.raise(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '_heapsim'");
            }
            throw new Unsupported("import " + name + " (only weakref, gc and sys can be imported)");
        }
        PyObject existing = lookup(rt, name);
        if (existing != null) {
            rt.heap.incref(existing);
            return existing;
        }
        ImportCalibration cal = ImportCalibration.of(rt.policy);
        if (PRELOADED.contains(name) || cal.weakrefAtStartup() && ImportCalibration.WEAKREF_CHAIN.contains(name)) {
            return asIfPreloaded(rt, name);
        }
        if (ImportCalibration.WEAKREF_CHAIN.contains(name) && rt.importBase == null) {
            // the program's `import weakref`: padded to CPython's cost at every checkpoint
            rt.importBase = rt.heap.gc().netAllocations();
            try {
                PyObject m = load(rt, name, cal);
                padTo(rt, cal.importTotal());
                return m;
            } finally {
                rt.importBase = null;
            }
        }
        return load(rt, name, cal);
    }

    /** IMPORT_FROM: the attribute, or CPython's ImportError (natives and frozen-like modules have no location). */
    static PyObject importFrom(PyRuntime rt, PyObject module, String name) {
        PyObject v = Ops.getAttrOrNull(rt, module, name);
        if (v == null) {
            String mod = module instanceof GenericObject g ? g.name() : Ops.typeName(module);
            throw rt.raise(ExceptionTypes.IMPORT_ERROR,
                    "cannot import name '" + name + "' from '" + mod + "' (unknown location)");
        }
        return v;
    }

    /** sys.modules[name] (borrowed), or null. */
    private static PyObject lookup(PyRuntime rt, String name) {
        PyObject m = rt.heap.getItemStr(rt.interpreter.sysModules(), name);
        if (m == rt.heap.none()) {
            throw rt.raise(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "import of " + name + " halted; None in sys.modules");
        }
        return m;
    }

    /**
     * A module CPython already had when the script started: created now without moving the gc
     * clock (no automatic collection, counts restored), its gc-tracked objects moved to the
     * generation of CPython's start-up objects (that of {@code __main__}'s dict).
     */
    private static PyObject asIfPreloaded(PyRuntime rt, String name) {
        Collector gc = rt.heap.gc();
        int[] counts = gc.counts();
        int[] freeLists = rt.heap.freeLists().snapshot();
        boolean enabled = gc.isEnabled();
        Set<PyObject> before = Collections.newSetFromMap(new IdentityHashMap<>());
        before.addAll(gc.objects(0));
        long net = gc.netAllocations();
        gc.setEnabled(false);
        PyObject m;
        try {
            m = load(rt, name, null);
        } finally {
            gc.setEnabled(enabled);
            gc.setCounts(counts);
            rt.heap.freeLists().restore(freeLists);
            if (rt.importBase != null) {
                // inside a padded import: what this one allocated is not part of its cost
                rt.importBase += gc.netAllocations() - net;
            }
        }
        int generation = rt.policy.mainDictGeneration();
        for (PyObject o : new ArrayList<>(gc.objects(0))) {
            if (!before.contains(o)) {
                gc.moveToGeneration(o, generation);
            }
        }
        return m;
    }

    /** _find_and_load: creates the module, runs it, leaves it in sys.modules; a new reference. */
    private static PyObject load(PyRuntime rt, String name, ImportCalibration cal) {
        ImportCalibration.Checkpoint cp = cal == null || rt.importBase == null ? null : cal.checkpoints().get(name);
        if (cp != null) {
            padTo(rt, cp.start());
        }
        Heap heap = rt.heap;
        DictObject modules = rt.interpreter.sysModules();
        GenericObject m;
        if (SOURCE_MODULES.contains(name)) {
            m = module(rt, name);
            DictObject globals = (DictObject) m.field(0);
            heap.setItemStr(globals, "__builtins__", rt.builtins);
            rt.libraryGlobals.put(globals, Boolean.TRUE);
            heap.setItemStr(modules, name, m);
            try {
                String fileName = "<heapsim " + name + ">";
                String text = source(name);
                Code code = rt.moduleCompiler().compile(text, fileName);
                rt.addSource(fileName, List.of(text.split("\n", -1))); // tracebacks show its lines
                heap.decref(rt.vm.runModule(code, globals));
            } catch (RuntimeException e) {
                // a failed import leaves nothing in sys.modules (_bootstrap._load_unlocked)
                heap.delItemStr(modules, name);
                heap.decref(m);
                throw e;
            }
            // importlib moves the finished module to the end of sys.modules
            heap.delItemStr(modules, name);
            heap.setItemStr(modules, name, m);
        } else {
            m = switch (name) {
                case "gc" -> GcModule.create(rt);
                case "sys" -> SysModule.create(rt);
                case "_weakref" -> WeakrefNatives.create(rt);
                case "_heapsim" -> HeapsimModule.create(rt);
                case "types" -> TypesModule.create(rt);
                default -> throw new Unsupported("import " + name);
            };
            heap.setItemStr(modules, name, m);
        }
        if (cp != null) {
            padTo(rt, cp.end());
        }
        return m;
    }

    /** Pads the gc clock so that the import has cost CPython's net count target so far. */
    private static void padTo(PyRuntime rt, long target) {
        Collector gc = rt.heap.gc();
        long spent = gc.netAllocations() - rt.importBase;
        gc.padAllocations(target - spent);
    }

    private static String source(String name) {
        try (InputStream in = Modules.class.getResourceAsStream(LIBRARY + name + ".py")) {
            if (in == null) {
                throw new IllegalStateException("heapsim library module " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A module object whose dict holds __name__ and __doc__ (module_init_dict); a new reference. */
    static GenericObject module(PyRuntime rt, String name) {
        GenericObject m = rt.heap.newModule(name);
        DictObject d = (DictObject) m.field(0);
        rt.heap.setItemStr(d, "__name__", rt.heap.intern(name));
        rt.heap.setItemStr(d, "__doc__", rt.heap.none());
        return m;
    }

    /** Defines a built-in function in a native module's dict. */
    static void def(PyRuntime rt, GenericObject module, String name, org.heapsim.heap.NativeFunction fn) {
        PyObject f = rt.heap.newNative(name, fn);
        rt.heap.setItemStr((DictObject) module.field(0), name, f);
        rt.heap.decref(f);
    }

    /** Stores a value (borrowed) in a native module's dict. */
    static void put(PyRuntime rt, GenericObject module, String name, PyObject value) {
        rt.heap.setItemStr((DictObject) module.field(0), name, value);
    }

    static PyException typeError(PyRuntime rt, String message) {
        return rt.raise(ExceptionTypes.TYPE_ERROR, message);
    }

    /** The names of the modules in sys.modules, in order (for tests and explanations). */
    static List<String> loaded(PyRuntime rt) {
        List<String> out = new ArrayList<>();
        DictObject d = rt.interpreter.sysModules();
        for (int i = 0; i < d.entrySlots(); i++) {
            if (d.keyAt(i) instanceof org.heapsim.heap.AtomObject a) {
                out.add(a.asString());
            }
        }
        return out;
    }
}
