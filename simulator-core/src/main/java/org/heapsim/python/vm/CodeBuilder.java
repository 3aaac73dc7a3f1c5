package org.heapsim.python.vm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.heap.PyObject;

/**
 * Assembles one code object: instructions with their lines, forward and backward labels,
 * constants and names (deduplicated), the localsplus layout, and exception-table ranges
 * (a handler covers the instructions emitted between {@link #beginHandlerRange} and
 * {@link #endHandlerRange}, and cuts the stack to the depth given).
 */
public final class CodeBuilder {
    /** A jump target, placed once, referenced any number of times. */
    public static final class Label {
        int position = -1;
        private final List<Integer> uses = new ArrayList<>();
    }

    private final List<Integer> ops = new ArrayList<>();
    private final List<Integer> args = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    /** Each instruction's source span {line, col, endLine, endCol} (0-based columns), shared between instructions. */
    private final List<int[]> locations = new ArrayList<>();
    private int[] location;
    private final List<PyObject> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    private final List<Code.Handler> handlers = new ArrayList<>();
    private final List<int[]> openRanges = new ArrayList<>();
    private int line;

    public void setLine(int line) {
        this.line = line;
        this.location = null;
    }

    /**
     * The location of the next instructions: the line and, for tracebacks' carets, the span of
     * the AST node being compiled (co_positions: line, end line, 0-based start and end columns).
     */
    public void setLocation(int line, int col, int endLine, int endCol) {
        this.line = line;
        this.location = new int[] {line, col, endLine, endCol};
    }

    public int emit(int op, int arg) {
        ops.add(op);
        args.add(arg);
        lines.add(line);
        locations.add(location);
        return ops.size() - 1;
    }

    public int emit(int op) {
        return emit(op, 0);
    }

    public Label label() {
        return new Label();
    }

    /** Emits a jump-like instruction whose argument is label's position (patched when placed). */
    public void emitJump(int op, Label target) {
        int at = emit(op, target.position);
        if (target.position < 0) {
            target.uses.add(at);
        }
    }

    public void place(Label l) {
        l.position = ops.size();
        boundaries.add(ops.size());
        for (int at : l.uses) {
            args.set(at, l.position);
        }
        l.uses.clear();
    }

    public int position() {
        return ops.size();
    }

    /**
     * A constant's index. key identifies equal constants (CPython merges equal constants of a
     * file: {@code a = 257; b = 257; a is b}); pass null to never merge.
     */
    public int constant(Object key, PyObject value) {
        if (key != null) {
            Integer i = constIndex.get(key);
            if (i != null) {
                return i;
            }
        }
        consts.add(value);
        if (key != null) {
            constIndex.put(key, consts.size() - 1);
        }
        return consts.size() - 1;
    }

    public int name(String n) {
        return nameIndex.computeIfAbsent(n, k -> {
            names.add(k);
            return names.size() - 1;
        });
    }

    /** Starts a protected range handled at target with the stack cut to depth. */
    public void beginHandlerRange(Label target, int depth, boolean pushLasti) {
        boundaries.add(ops.size());
        openRanges.add(new int[] {ops.size(), depth, pushLasti ? 1 : 0, System.identityHashCode(target)});
        pendingTargets.add(target);
    }

    private final List<Label> pendingTargets = new ArrayList<>();

    public void endHandlerRange() {
        boundaries.add(ops.size());
        int[] r = openRanges.remove(openRanges.size() - 1);
        Label target = pendingTargets.remove(pendingTargets.size() - 1);
        rangesToResolve.add(new Object[] {r[0], ops.size(), target, r[1], r[2] == 1});
    }

    private final List<Object[]> rangesToResolve = new ArrayList<>();
    /** Positions where a basic block starts: jump targets and exception-range edges. */
    private final java.util.Set<Integer> boundaries = new java.util.HashSet<>();

    /**
     * 3.11+ flowgraph.c apply_static_swaps: a SWAP followed (in its basic block, on one line)
     * by stores to fast locals or POP_TOPs becomes a NOP and the stores trade places, so the
     * values are bound in a different order (which decides which old value dies first).
     */
    public void applyStaticSwaps() {
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) == Op.SWAP) {
                if (args.get(i) == 1) {
                    ops.set(i, Op.NOP);
                } else {
                    staticSwaps(i);
                }
            }
        }
    }

    private void staticSwaps(int i) {
        for (; i >= 0; i--) {
            int op = ops.get(i);
            if (op != Op.SWAP) {
                if (op == Op.NOP || swappable(op)) {
                    if (boundaries.contains(i)) {
                        return;
                    }
                    continue;
                }
                return;
            }
            int j = nextSwappable(i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int line = lines.get(j);
            for (int count = args.get(i) - 1; count > 0; count--) {
                k = nextSwappable(k, line);
                if (k < 0) {
                    return;
                }
            }
            int sj = storesTo(j);
            int sk = storesTo(k);
            if (sj >= 0 || sk >= 0) {
                if (sj == sk) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int s = storesTo(idx);
                    if (s >= 0 && (s == sj || s == sk)) {
                        return;
                    }
                }
            }
            ops.set(i, Op.NOP);
            swapInstructions(j, k);
            if (boundaries.contains(i)) {
                return;
            }
        }
    }

    private static boolean swappable(int op) {
        return op == Op.STORE_FAST || op == Op.POP_TOP;
    }

    private int storesTo(int i) {
        return ops.get(i) == Op.STORE_FAST ? args.get(i) : -1;
    }

    private int nextSwappable(int i, int line) {
        while (++i < ops.size()) {
            if (boundaries.contains(i)) {
                return -1;
            }
            if (line >= 0 && lines.get(i) != line) {
                return -1;
            }
            int op = ops.get(i);
            if (op == Op.NOP) {
                continue;
            }
            return swappable(op) ? i : -1;
        }
        return -1;
    }

    private void swapInstructions(int j, int k) {
        int o = ops.get(j);
        int a = args.get(j);
        int l = lines.get(j);
        int[] loc = locations.get(j);
        ops.set(j, ops.get(k));
        args.set(j, args.get(k));
        lines.set(j, lines.get(k));
        locations.set(j, locations.get(k));
        ops.set(k, o);
        args.set(k, a);
        lines.set(k, l);
        locations.set(k, loc);
    }

    public Code build(String name, String qualname, String filename, int firstLine, String[] localsplus, byte[] kinds,
                      int argCount, int posOnly, int kwOnly, int flags) {
        for (Object[] r : rangesToResolve) {
            Label target = (Label) r[2];
            if (target.position < 0) {
                throw new IllegalStateException("handler label never placed");
            }
            if ((int) r[0] < (int) r[1]) {
                handlers.add(new Code.Handler((int) r[0], (int) r[1], target.position, (int) r[3], (boolean) r[4]));
            }
        }
        int n = ops.size();
        int[] o = new int[n];
        int[] a = new int[n];
        int[] l = new int[n];
        for (int i = 0; i < n; i++) {
            o[i] = ops.get(i);
            a[i] = args.get(i);
            l[i] = lines.get(i);
        }
        return new Code(name, qualname, filename, firstLine, o, a, l, locations.toArray(new int[0][]),
                consts.toArray(new PyObject[0]), names.toArray(new String[0]), localsplus, kinds, argCount, posOnly,
                kwOnly, flags, handlers);
    }
}
