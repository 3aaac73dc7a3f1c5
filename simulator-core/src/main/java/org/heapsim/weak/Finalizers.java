package org.heapsim.weak;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.GenericObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.TupleObject;

/**
 * {@code weakref.finalize} as {@code Lib/weakref.py} implements it, with the same objects in
 * the heap: the finalize object (a class with {@code __slots__ = ()}), its {@code _Info}
 * (slots weakref, func, args, kwargs, atexit, index), the registry dict mapping one to the
 * other, and a weakref to the watched object whose callback is the finalize object itself —
 * inserted newest-first among that object's callback refs, which fixes its order relative to
 * other callbacks. The registry keeps func and args alive; at exit {@code _exitfunc} (an
 * atexit function registered by the first finalize) calls the live ones newest first.
 */
public final class Finalizers {
    private static final String[] INFO_SLOTS = {"weakref", "func", "args", "kwargs", "atexit", "index"};

    private final Heap heap;
    private Root module;
    private ClassObject finalizeClass;
    private ClassObject infoClass;
    private DictObject registry;
    private long nextIndex;
    private boolean dirty;
    private boolean shutdown;
    private boolean registeredWithAtexit;

    public Finalizers(Heap heap) {
        this.heap = heap;
    }

    private void ensureClasses() {
        if (finalizeClass != null) {
            return;
        }
        module = heap.newRoot("weakref module");
        finalizeClass = heap.newClass("finalize", List.of(), List.of(), false);
        infoClass = heap.newClass("_Info", List.of(), List.of(INFO_SLOTS), false);
        registry = heap.newDict();
        heap.hold(module, finalizeClass);
        heap.hold(module, infoClass);
        heap.hold(module, registry);
        heap.decref(finalizeClass);
        heap.decref(infoClass);
        heap.decref(registry);
    }

    public boolean isFinalizer(PyObject o) {
        return finalizeClass != null && o.type() == finalizeClass;
    }

    /**
     * {@code weakref.finalize(obj, func, *args, **kwargs)}; returns a new reference to the
     * finalize object. Throws {@link NotWeakReferenceable} as {@code ref(obj, self)} does.
     *
     * @param args   the positional arguments tuple (a new reference is taken)
     * @param kwargs the keyword dict, or null
     */
    public PyObject register(PyObject obj, PyObject func, TupleObject args, DictObject kwargs) {
        ensureClasses();
        if (!obj.isWeakReferenceable()) {
            throw new NotWeakReferenceable(WeakRefs.cannotReferenceMessage(obj));
        }
        PyObject self = heap.newInstance(finalizeClass);
        if (!registeredWithAtexit) {
            GenericObject exitfunc = heap.newNative("_exitfunc", (h, a) -> {
                exitfunc();
                return null;
            });
            heap.atexit().register(exitfunc);
            heap.decref(exitfunc);
            registeredWithAtexit = true;
        }
        PyObject info = heap.newInstance(infoClass);
        WeakRefObject wr = WeakRefs.newRef(heap, obj, self, heap.weakTypes().ref());
        setOwned(info, "weakref", wr);
        heap.setAttr(info, "func", func);
        heap.setAttr(info, "args", args);
        heap.setAttr(info, "kwargs", kwargs != null && kwargs.size() > 0 ? kwargs : heap.none());
        heap.setAttr(info, "atexit", heap.bool(true));
        setOwned(info, "index", heap.newInt(nextIndex++));
        heap.setItem(registry, self, info);
        heap.decref(info);
        dirty = true;
        return self;
    }

    private void setOwned(PyObject target, String attr, PyObject value) {
        heap.setAttr(target, attr, value);
        heap.decref(value);
    }

    /** {@code f.alive}: still registered. */
    public boolean alive(PyObject fin) {
        return registry != null && heap.getItem(registry, fin) != null;
    }

    /**
     * {@code f()} and the weakref callback: pops the registry entry; if it was there and we
     * are not shut down, calls {@code func(*args, **kwargs)} and returns its result, else None.
     * The {@code _Info} dies after func returns (it is __call__'s local).
     */
    public PyObject call(PyObject fin) {
        if (registry == null) {
            return heap.none();
        }
        PyObject info = heap.getItem(registry, fin);
        if (info == null) {
            return heap.none();
        }
        heap.incref(info);
        heap.delItem(registry, fin);
        try {
            if (shutdown) {
                return heap.none();
            }
            PyObject func = heap.getAttr(info, "func");
            TupleObject args = (TupleObject) heap.getAttr(info, "args");
            PyObject[] a = new PyObject[args.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = args.get(i);
            }
            return heap.call(func, a);
        } finally {
            heap.decref(info);
        }
    }

    /** {@code f.detach()}: (obj, func, args, kwargs) as borrowed parts, or null when dead. */
    public PyObject[] detach(PyObject fin) {
        PyObject[] parts = peek(fin);
        if (parts != null) {
            heap.delItem(registry, fin);
        }
        return parts;
    }

    /** {@code f.peek()}: (obj, func, args, kwargs) as borrowed references, or null. */
    public PyObject[] peek(PyObject fin) {
        if (registry == null) {
            return null;
        }
        PyObject info = heap.getItem(registry, fin);
        if (info == null) {
            return null;
        }
        WeakRefObject wr = (WeakRefObject) heap.getAttr(info, "weakref");
        PyObject obj = wr.referent();
        if (obj == null) {
            return null;
        }
        return new PyObject[] {obj, heap.getAttr(info, "func"), heap.getAttr(info, "args"), heap.getAttr(info, "kwargs")};
    }

    /** {@code f.atexit} */
    public boolean atexit(PyObject fin) {
        PyObject info = registry == null ? null : heap.getItem(registry, fin);
        return info != null && heap.getAttr(info, "atexit") == heap.bool(true);
    }

    /** {@code f.atexit = value} (ignored when dead, as in weakref.py). */
    public void setAtexit(PyObject fin, boolean value) {
        PyObject info = registry == null ? null : heap.getItem(registry, fin);
        if (info != null) {
            heap.setAttr(info, "atexit", heap.bool(value));
        }
    }

    public boolean isShutdown() {
        return shutdown;
    }

    /**
     * {@code finalize._exitfunc}: with gc disabled, repeatedly selects the live entries marked
     * atexit (oldest first by index) and calls the newest; then {@code _shutdown} is set so
     * that no finalizer runs during the rest of shutdown.
     */
    private void exitfunc() {
        boolean reenable = false;
        try {
            if (registry != null && registry.size() > 0) {
                if (heap.gc().isEnabled()) {
                    reenable = true;
                    heap.gc().setEnabled(false);
                }
                List<PyObject> pending = null;
                while (true) {
                    if (pending == null || dirty) {
                        pending = selectForExit();
                        dirty = false;
                    }
                    if (pending.isEmpty()) {
                        break;
                    }
                    PyObject f = pending.remove(pending.size() - 1);
                    try {
                        heap.decref(call(f));
                    } catch (org.heapsim.heap.PyError e) {
                        heap.host().writeUnraisable(e, null);
                    } finally {
                        heap.decref(f);
                    }
                }
                for (PyObject f : pending) {
                    heap.decref(f);
                }
            }
        } finally {
            shutdown = true;
            if (reenable) {
                heap.gc().setEnabled(true);
            }
        }
    }

    /** _select_for_exit: new references to live finalizers with atexit set, oldest first. */
    private List<PyObject> selectForExit() {
        List<PyObject[]> items = new ArrayList<>();
        for (int i = 0; i < registry.entrySlots(); i++) {
            PyObject f = registry.keyAt(i);
            if (f == null) {
                continue;
            }
            PyObject info = registry.valueAt(i);
            if (heap.getAttr(info, "atexit") == heap.bool(true)) {
                items.add(new PyObject[] {f, info});
            }
        }
        items.sort((x, y) -> indexOf(x[1]).compareTo(indexOf(y[1])));
        List<PyObject> out = new ArrayList<>();
        for (PyObject[] it : items) {
            heap.incref(it[0]);
            out.add(it[0]);
        }
        return out;
    }

    private java.math.BigInteger indexOf(PyObject info) {
        return ((org.heapsim.heap.AtomObject) heap.getAttr(info, "index")).asInt();
    }
}
