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
            List<Integer> sorted = mergeSort(rt, java.util.Arrays.asList(order), keys);
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
            for (PyObject k : keys) {
                rt.heap.decref(k);
            }
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
