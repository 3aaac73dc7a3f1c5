package org.heapsim.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;
import org.heapsim.heap.ClassObject;
import org.heapsim.heap.Heap;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;
import org.heapsim.heap.Root;
import org.heapsim.version.PythonVersion;

/**
 * The engine's benchmarks, each against CPython 3.11's figure on the same work
 * (../shared/bench/README.md): a full collection costs CPython ~115 ns per live tracked
 * object and ~290 ns per garbage object. Each scenario runs on a fresh heap; the median of
 * several runs is reported after a warm-up.
 */
final class EngineBench {
    /** One measured scenario: what it did, how many units, and nanoseconds per unit (median). */
    record Figure(String name, String unit, long units, double nsPerUnit, double cpythonNsPerUnit) {
        String line() {
            String vs = cpythonNsPerUnit > 0
                    ? String.format("   CPython 3.11 ~%.0f ns  (%s)", cpythonNsPerUnit,
                    nsPerUnit <= cpythonNsPerUnit ? String.format("%.1fx faster", cpythonNsPerUnit / nsPerUnit)
                            : String.format("%.1fx slower", nsPerUnit / cpythonNsPerUnit))
                    : "";
            return String.format("%-44s %,12d %-16s %8.1f ns/%s%s", name, units, unit, nsPerUnit, unit.replaceAll("s$", ""), vs);
        }
    }

    private final int scale;
    private final int runs;
    private final java.util.function.Consumer<String> progress;

    EngineBench(boolean quick, java.util.function.Consumer<String> progress) {
        this.scale = quick ? 10 : 1;
        this.runs = quick ? 3 : 5;
        this.progress = progress;
    }

    List<Figure> runAll() {
        List<Figure> figures = new ArrayList<>();
        figures.add(measure("refcount updates (incref+decref pairs)", "updates", 100_000_000L / scale, this::refcountUpdates, 0));
        figures.add(measure("allocate + free a list of 1M instances", "objects", 1_000_000 / scale, this::allocateAndFree, 0));
        figures.add(measure("full collection over 1M live objects", "objects", 1_000_000 / scale, this::fullCollectionLive, 115));
        figures.add(measure("collection freeing 4M objects in 2-cycles", "objects", 4_000_000 / scale, this::collectCycles, 290));
        return figures;
    }

    private Figure measure(String name, String unit, long units, java.util.function.LongFunction<Long> scenario, double cpython) {
        progress.accept("bench: " + name + " ...");
        scenario.apply(units); // warm-up
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = scenario.apply(units);
        }
        Arrays.sort(times);
        return new Figure(name, unit, units, (double) times[runs / 2] / units, cpython);
    }

    private static Heap heap() {
        Heap heap = new Heap(PythonVersion.V3_11);
        return heap;
    }

    /** incref/decref pairs on one object: the cost of the hottest operation. */
    private long refcountUpdates(long n) {
        Heap heap = heap();
        ListObject l = heap.newList();
        long t0 = System.nanoTime();
        for (long i = 0; i < n; i += 2) {
            heap.incref(l);
            heap.decref(l);
        }
        long t = System.nanoTime() - t0;
        heap.decref(l);
        return t;
    }

    /** n instances, each with one attribute, in a list; then the list is dropped (a dealloc cascade). */
    private long allocateAndFree(long n) {
        Heap heap = heap();
        ClassObject cls = heap.newClass("C", List.of(), null, false);
        long t0 = System.nanoTime();
        ListObject l = heap.newList();
        PyObject none = heap.none();
        for (long i = 0; i < n; i++) {
            PyObject o = heap.newInstance(cls);
            heap.setAttr(o, "x", none);
            heap.listAppend(l, o);
            heap.decref(o);
        }
        heap.decref(l);
        long t = System.nanoTime() - t0;
        heap.decref(cls);
        return t;
    }

    /** n live tracked objects (instance + list pairs) held from a root; time one full collection. */
    private long fullCollectionLive(long n) {
        Heap heap = heap();
        Root root = heap.newRoot("bench");
        ClassObject cls = heap.newClass("C", List.of(), null, false);
        ListObject holder = heap.newList();
        heap.hold(root, holder);
        heap.decref(holder);
        for (long i = 0; i < n / 2; i++) {
            PyObject o = heap.newInstance(cls);
            ListObject inner = heap.newList();
            heap.setAttr(o, "items", inner);
            heap.decref(inner);
            heap.listAppend(holder, o);
            heap.decref(o);
        }
        heap.gc().collect(2);
        return time(() -> heap.gc().collect(2));
    }

    /** n/2 pairs of instances referring to each other, dropped; time the collection that frees them. */
    private long collectCycles(long n) {
        Heap heap = heap();
        heap.gc().setEnabled(false);
        ClassObject cls = heap.newClass("C", List.of(), null, false);
        for (long i = 0; i < n / 2; i++) {
            PyObject a = heap.newInstance(cls);
            PyObject b = heap.newInstance(cls);
            heap.setAttr(a, "p", b);
            heap.setAttr(b, "p", a);
            heap.decref(a);
            heap.decref(b);
        }
        long[] collected = new long[1];
        long t = time(() -> collected[0] = heap.gc().collect(2));
        if (collected[0] < n) {
            throw new IllegalStateException("collected " + collected[0] + " of " + n);
        }
        return t;
    }

    private static long time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    @SuppressWarnings("unused")
    private static long time(LongSupplier s) {
        long t0 = System.nanoTime();
        s.getAsLong();
        return System.nanoTime() - t0;
    }
}
