package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.PyObject;

/**
 * list.sort and sorted: a stable merge sort comparing with {@code <} only, as CPython's
 * timsort does (so user {@code __lt__} is what decides), with key= and reverse=.
 */
final class Sorting {
    private Sorting() {
    }

    static void sortInPlace(PyRuntime rt, ListObject l, PyObject[] args, String[] kwNames) {
        PyObject key = null;
        boolean reverse = false;
        int nkw = kwNames == null ? 0 : kwNames.length;
        for (int i = 0; i < nkw; i++) {
            PyObject v = args[args.length - nkw + i];
            if (kwNames[i].equals("key")) {
                key = v == rt.heap.none() ? null : v;
            } else if (kwNames[i].equals("reverse")) {
                reverse = Ops.isTrue(rt, v);
            } else {
                throw rt.raise(org.heapsim.python.runtime.ExceptionTypes.TYPE_ERROR,
                        org.heapsim.version.Message.INVALID_KEYWORD.format(rt.policy.minor(), kwNames[i], "sort"));
            }
        }
        if (args.length > nkw) {
            throw rt.raise(org.heapsim.python.runtime.ExceptionTypes.TYPE_ERROR, "sort() takes no positional arguments");
        }
        List<PyObject> items = rt.vm.builtinMethods.items(l);
        List<PyObject> keys = new ArrayList<>();
        // listsort releases the keys at the end in their sorted (ascending) positions
        List<Integer> releaseOrder = null;
        try {
            for (PyObject o : items) {
                if (key == null) {
                    rt.heap.incref(o);
                    keys.add(o);
                } else {
                    keys.add(rt.vm.call(key, new PyObject[] {o}));
                }
            }
            Integer[] order = new Integer[items.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = reverse ? order.length - 1 - i : i;
            }
            List<Integer> sorted = order.length < 64 ? smallSort(rt, order, keys) : mergeSort(rt, java.util.Arrays.asList(order), keys);
            releaseOrder = new ArrayList<>(sorted);
            if (reverse) {
                java.util.Collections.reverse(sorted);
            }
            List<PyObject> result = new ArrayList<>();
            for (int i : sorted) {
                result.add(items.get(i));
            }
            for (PyObject o : result) {
                rt.heap.incref(o);
            }
            for (int i = 0; i < result.size(); i++) {
                rt.heap.listSet(l, i, result.get(i));
                rt.heap.decref(result.get(i));
            }
        } finally {
            if (releaseOrder != null && releaseOrder.size() == keys.size()) {
                for (int i : releaseOrder) {
                    rt.heap.decref(keys.get(i));
                }
            } else {
                for (PyObject k : keys) {
                    rt.heap.decref(k);
                }
            }
        }
    }

    /**
     * listsort for fewer than 64 items (one run, minrun = n): count_run finds the leading
     * natural run (reversing a descending one), then binarysort inserts the rest, so that
     * __lt__ is called on the same pairs in the same order as CPython. 3.13's count_run also
     * takes equal elements into a descending run.
     */
    private static List<Integer> smallSort(PyRuntime rt, Integer[] a, List<PyObject> keys) {
        int n = a.length;
        if (n < 2) {
            return new ArrayList<>(java.util.Arrays.asList(a));
        }
        int run = rt.policy.minor() >= 13 ? countRun313(rt, a, keys) : countRun(rt, a, keys);
        binarySort(rt, a, keys, n, run);
        return new ArrayList<>(java.util.Arrays.asList(a));
    }

    private static boolean lt(PyRuntime rt, Integer[] a, List<PyObject> keys, int i, int j) {
        return less(rt, keys.get(a[i]), keys.get(a[j]));
    }

    private static void reverse(Integer[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Integer t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** count_run (3.8-3.12): a strictly descending run is reversed in place. */
    private static int countRun(PyRuntime rt, Integer[] a, List<PyObject> keys) {
        int hi = a.length;
        int n = 2;
        if (lt(rt, a, keys, 1, 0)) {
            for (int i = 2; i < hi; i++, n++) {
                if (!lt(rt, a, keys, i, i - 1)) {
                    break;
                }
            }
            reverse(a, 0, n);
        } else {
            for (int i = 2; i < hi; i++, n++) {
                if (lt(rt, a, keys, i, i - 1)) {
                    break;
                }
            }
        }
        return n;
    }

    /** count_run (3.13): ascending first; a descending run may hold equal elements (kept stable), then an ascending suffix. */
    private static int countRun313(PyRuntime rt, Integer[] a, List<PyObject> keys) {
        int nremaining = a.length;
        int n;
        for (n = 1; n < nremaining; ++n) {
            if (lt(rt, a, keys, n, n - 1)) {
                break;
            }
        }
        if (n == nremaining) {
            return n;
        }
        if (n > 1) {
            if (lt(rt, a, keys, 0, n - 1)) {
                return n;
            }
            reverse(a, 0, n);
        }
        ++n;
        int neq = 0;
        for (; n < nremaining; ++n) {
            if (lt(rt, a, keys, n, n - 1)) {
                if (neq > 0) {
                    ++neq;
                    reverse(a, n - neq, n);
                    neq = 0;
                }
            } else if (lt(rt, a, keys, n - 1, n)) {
                break;
            } else {
                ++neq;
            }
        }
        if (neq > 0) {
            ++neq;
            reverse(a, n - neq, n);
        }
        reverse(a, 0, n);
        for (; n < nremaining; ++n) {
            if (lt(rt, a, keys, n, n - 1)) {
                break;
            }
        }
        return n;
    }

    /** binarysort: items [start, hi) inserted into the sorted [0, start) after any equal ones. */
    private static void binarySort(PyRuntime rt, Integer[] a, List<PyObject> keys, int hi, int start) {
        if (start == 0) {
            start++;
        }
        for (; start < hi; ++start) {
            int l = 0;
            int r = start;
            Integer pivot = a[r];
            do {
                int p = l + ((r - l) >> 1);
                if (less(rt, keys.get(pivot), keys.get(a[p]))) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(a, l, a, l + 1, start - l);
            a[l] = pivot;
        }
    }

    private static List<Integer> mergeSort(PyRuntime rt, List<Integer> idx, List<PyObject> keys) {
        if (idx.size() <= 1) {
            return new ArrayList<>(idx);
        }
        int mid = idx.size() / 2;
        List<Integer> a = mergeSort(rt, idx.subList(0, mid), keys);
        List<Integer> b = mergeSort(rt, idx.subList(mid, idx.size()), keys);
        List<Integer> out = new ArrayList<>(idx.size());
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (less(rt, keys.get(b.get(j)), keys.get(a.get(i)))) {
                out.add(b.get(j++));
            } else {
                out.add(a.get(i++));
            }
        }
        while (i < a.size()) {
            out.add(a.get(i++));
        }
        while (j < b.size()) {
            out.add(b.get(j++));
        }
        return out;
    }

    private static boolean less(PyRuntime rt, PyObject x, PyObject y) {
        PyObject r = Arith.compare(rt, CompareOp.LT, x, y);
        try {
            return Ops.isTrue(rt, r);
        } finally {
            rt.heap.decref(r);
        }
    }
}
