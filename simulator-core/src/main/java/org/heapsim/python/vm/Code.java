package org.heapsim.python.vm;

import java.util.List;
import org.heapsim.heap.PyObject;

/**
 * A compiled code object ({@code PyCodeObject}): instructions (opcode and argument pairs),
 * the source line of each, constants, names, the localsplus layout (parameters, locals,
 * cells, free variables, in CPython's order) and the exception table that says where an
 * exception raised inside a range of instructions is handled and how deep the value stack is
 * there. Immutable; its constants are held by the runtime for as long as it lives.
 */
public final class Code {
    public static final int VARARGS = 0x04;
    public static final int VARKEYWORDS = 0x08;
    public static final int GENERATOR = 0x20;
    /** Module and class bodies: names are looked up in a namespace mapping. */
    public static final int NAMESPACE = 0x1000;

    /** What a localsplus slot holds. */
    public static final byte LOCAL = 0x20;
    public static final byte CELL = 0x40;
    public static final byte FREE = (byte) 0x80;
    public static final byte ARG = 0x08;

    /** One row of the exception table: instructions [start, end) are handled at target with the stack cut to depth. */
    public record Handler(int start, int end, int target, int depth, boolean pushLasti) {
    }

    public final String name;
    public final String qualname;
    public final String filename;
    public final int firstLine;
    final int[] ops;
    final int[] args;
    final int[] lines;
    /** Each instruction's {line, col, endLine, endCol} (0-based columns), or null entries where unknown. */
    private final int[][] locations;
    final PyObject[] consts;
    final String[] names;
    final String[] localsplus;
    final byte[] kinds;
    public final int argCount;
    public final int posOnlyArgCount;
    public final int kwOnlyArgCount;
    public final int flags;
    final Handler[] handlers;
    /** heapsim's own library source (weakref.py...): its lines are not the program's. */
    final boolean library;
    /** names[i] as the heap's interned str, once it exists (EvalLoop's namespace lookups); filled lazily. */
    org.heapsim.heap.AtomObject[] nameAtoms;

    public Code(String name, String qualname, String filename, int firstLine, int[] ops, int[] args, int[] lines,
                PyObject[] consts, String[] names, String[] localsplus, byte[] kinds,
                int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags, List<Handler> handlers) {
        this(name, qualname, filename, firstLine, ops, args, lines, new int[ops.length][], consts, names, localsplus,
                kinds, argCount, posOnlyArgCount, kwOnlyArgCount, flags, handlers);
    }

    /** As above, with each instruction's source span (co_positions), for tracebacks' carets. */
    public Code(String name, String qualname, String filename, int firstLine, int[] ops, int[] args, int[] lines,
                int[][] locations, PyObject[] consts, String[] names, String[] localsplus, byte[] kinds,
                int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags, List<Handler> handlers) {
        this.locations = locations;
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.ops = ops;
        this.args = args;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.localsplus = localsplus;
        this.kinds = kinds;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.handlers = handlers.toArray(new Handler[0]);
        this.library = filename.startsWith("<heapsim");
    }

    public int size() {
        return ops.length;
    }

    /** The instruction's {line, col, endLine, endCol} (0-based columns), or null when unknown. */
    public int[] locationOf(int pc) {
        return pc >= 0 && pc < locations.length ? locations[pc] : null;
    }

    public int lineOf(int pc) {
        return pc >= 0 && pc < lines.length ? lines[pc] : firstLine;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }

    /** Parameters in localsplus: positional (incl. positional-only), keyword-only, *args, **kwargs. */
    public int totalArgs() {
        return argCount + kwOnlyArgCount + ((flags & VARARGS) != 0 ? 1 : 0) + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
    }

    public String[] localsplus() {
        return localsplus.clone();
    }

    /** The innermost handler covering pc, or null. */
    Handler handlerFor(int pc) {
        Handler best = null;
        for (Handler h : handlers) {
            if (pc >= h.start() && pc < h.end() && (best == null || h.end() - h.start() < best.end() - best.start())) {
                best = h;
            }
        }
        return best;
    }

    /** A listing for debugging: one instruction per line. */
    public String disassemble() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ops.length; i++) {
            sb.append(String.format("%4d %4d %-22s %d%n", lines[i], i, Op.name(ops[i]), args[i]));
        }
        return sb.toString();
    }
}
