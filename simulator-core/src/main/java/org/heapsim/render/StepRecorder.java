package org.heapsim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.Simulator;
import org.heapsim.event.HeapEvent;
import org.heapsim.event.HeapListener;
import org.heapsim.heap.AtomObject;
import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.heap.Snapshot;

/**
 * Turns a running simulation into {@link Simulator.Step}s, whatever drives it (a heap trace, a
 * Python program): register it as a {@link HeapListener} on the run's heap, and call
 * {@link #step} after each executed step (a trace record, a source line). Each step is
 * self-contained: the source line, the bindings of the module's globals and of every running
 * frame, a {@link Snapshot} of the heap, the events since the previous step, the program's
 * output so far and, when asked for, the why-alive explanation of every object.
 *
 * <p>A recorder belongs to one run and is used on that run's thread only.
 */
public final class StepRecorder implements HeapListener {
    /** The text of the last step {@link #finish} records. */
    public static final String SHUTDOWN = "(end: interpreter shutdown)";

    private final boolean explain;
    private final int maxExplained;
    private final List<Simulator.Step> steps = new ArrayList<>();
    private List<HeapEvent> pending = new ArrayList<>();
    private final StringBuilder stdout = new StringBuilder();
    private Heap lastHeap;
    private DictObject lastGlobals;

    /**
     * @param explain      whether each step carries {@link Explanations#whyAlive} for its objects
     *                     (str, int, float, bytes, bool and immortal objects are left out)
     * @param maxExplained at most this many objects explained per step (each explanation walks the heap)
     */
    public StepRecorder(boolean explain, int maxExplained) {
        this.explain = explain;
        this.maxExplained = maxExplained;
    }

    /** A recorder without explanations. */
    public StepRecorder() {
        this(false, 0);
    }

    @Override
    public void onEvent(HeapEvent e) {
        if (e instanceof HeapEvent.Output o && !o.stderr()) {
            stdout.append(o.text());
        }
        pending.add(e);
    }

    /**
     * Closes a step: the heap after the operation on {@code line} (0 for none, such as the
     * interpreter's shutdown).
     *
     * @param source  the text of the step (the trace record, the source line)
     * @param globals the module's globals (names starting with {@code __} are left out), or null
     */
    public void step(int line, String source, Heap heap, DictObject globals) {
        lastHeap = heap;
        lastGlobals = globals;
        Snapshot snapshot = Snapshot.of(heap);
        Map<Long, String> why = Map.of();
        if (explain) {
            Map<Long, String> w = new LinkedHashMap<>();
            List<PyObject> live = org.heapsim.heap.HeapWalker.liveObjects(heap);
            for (PyObject o : live) {
                if (w.size() >= maxExplained) {
                    break;
                }
                if (!o.isImmortal() && !isAtom(o.typeName())) {
                    w.put(o.serial(), Explanations.whyAlive(heap, o, globals, 5));
                }
            }
            why = w;
        }
        steps.add(new Simulator.Step(line, source, snapshot, bindingsOf(globals), framesOf(heap),
                pending, stdout.toString(), why));
        pending = new ArrayList<>();
    }

    /**
     * Records a last step with line 0 for the events that followed the last step (the
     * interpreter's shutdown; what an error left to release), on the heap of the last step.
     * Does nothing when there are none, or when no step was recorded.
     */
    public void finish(String source) {
        if (!pending.isEmpty() && lastHeap != null) {
            step(0, source, lastHeap, lastGlobals);
        }
    }

    /** The steps recorded so far. */
    public List<Simulator.Step> steps() {
        return List.copyOf(steps);
    }

    /** Events since the last step (those of the interpreter's shutdown, when no step followed it). */
    public List<HeapEvent> pendingEvents() {
        return List.copyOf(pending);
    }

    static boolean isAtom(String type) {
        return type.equals("str") || type.equals("int") || type.equals("float") || type.equals("bytes") || type.equals("bool")
                || type.equals("NoneType");
    }

    private static List<Simulator.Binding> bindingsOf(DictObject globals) {
        List<Simulator.Binding> out = new ArrayList<>();
        if (globals == null || globals.isFreed()) {
            return out;
        }
        for (int i = 0; i < globals.entrySlots(); i++) {
            if (globals.keyAt(i) instanceof AtomObject k && k.isStr() && !k.asString().startsWith("__")) {
                out.add(new Simulator.Binding(k.asString(), globals.valueAt(i).serial()));
            }
        }
        return out;
    }

    /** The running frames, outermost first: every frame a root holds (the thread's frame stack). */
    private static List<Simulator.Frame> framesOf(Heap heap) {
        List<Simulator.Frame> out = new ArrayList<>();
        for (Root r : heap.roots()) {
            for (PyObject o : r.held()) {
                if (o instanceof FrameObject f) {
                    List<Simulator.Binding> locals = new ArrayList<>();
                    for (int i = 0; i < f.localCount(); i++) {
                        if (f.local(i) != null) {
                            locals.add(new Simulator.Binding(f.localName(i), f.local(i).serial()));
                        }
                    }
                    out.add(new Simulator.Frame(f.name(), f.serial(), locals));
                }
            }
        }
        return out;
    }
}
