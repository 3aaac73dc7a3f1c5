package org.heapsim.python.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heapsim.python.ast.Ctx;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.scope.Scope;
import org.heapsim.python.vm.Code;
import org.heapsim.python.vm.CodeBuilder;
import org.heapsim.python.vm.CodeBuilder.Label;
import org.heapsim.python.vm.Op;

/**
 * The state of one code object being compiled (CPython's {@code struct compiler_unit}): its
 * instructions, its scope, the localsplus layout, the stack of blocks that a {@code return},
 * {@code break} or {@code continue} has to unwind (compile.c's fblocks), and the exception
 * ranges currently open. Name resolution ({@code compiler_nameop}) and block unwinding
 * ({@code compiler_unwind_fblock}) live here; expressions and statements in the subclasses.
 */
abstract class CodeUnit {
    /** compile.c's fblock types, with how many values each keeps on the stack below the statement. */
    enum BlockKind {
        WHILE_LOOP(0), FOR_LOOP(1), TRY_EXCEPT(0), FINALLY_TRY(0), FINALLY_END(1), WITH(1),
        EXCEPTION_HANDLER(0), HANDLER_CLEANUP(0), POP_VALUE(1);

        final int stackItems;

        BlockKind(int stackItems) {
            this.stackItems = stackItems;
        }
    }

    /** An exception-table range: instructions emitted while it is open are handled at target. */
    record Range(Label target, int depth, boolean pushLasti) {
    }

    /** An fblock: for loops the labels of continue and break; for finally the body to inline; ranges to end on unwinding. */
    record Block(BlockKind kind, Label top, Label exit, List<Stmt> finalBody, String handlerName, Range range) {
    }

    final Compilation cx;
    final Scope scope;
    final CodeUnit parent;
    final String qualname;
    /** The class name private names are mangled with (compile.c's u_private), or null. */
    final String privateName;
    final CodeBuilder b = new CodeBuilder();
    final List<Block> blocks = new ArrayList<>();
    private final List<Range> openRanges = new ArrayList<>();
    final String[] localsplus;
    final byte[] kinds;
    private final Map<String, Integer> varIndex = new HashMap<>();
    private final Map<String, Integer> derefIndex = new HashMap<>();
    int line;
    /** The node whose location the next instructions get (compiler's u_loc), or null before the first. */
    Pos loc;

    CodeUnit(Compilation cx, Scope scope, CodeUnit parent, String qualname, String privateName) {
        this.cx = cx;
        this.scope = scope;
        this.parent = parent;
        this.qualname = qualname;
        this.privateName = privateName;
        List<String> names = new ArrayList<>();
        List<Byte> k = new ArrayList<>();
        List<String> params = scope.params();
        for (String v : scope.varnames()) {
            varIndex.put(v, names.size());
            byte kind = Code.LOCAL;
            if (params.contains(v)) {
                kind |= Code.ARG;
            }
            if (scope.cellvars().contains(v)) {
                kind |= Code.CELL;
                derefIndex.put(v, names.size());
            }
            names.add(v);
            k.add(kind);
        }
        for (String c : scope.cellvars()) {
            if (!derefIndex.containsKey(c)) {
                derefIndex.put(c, names.size());
                names.add(c);
                k.add(Code.CELL);
            }
        }
        for (String f : scope.freevars()) {
            derefIndex.put(f, names.size());
            names.add(f);
            k.add(Code.FREE);
        }
        localsplus = names.toArray(new String[0]);
        kinds = new byte[k.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = k.get(i);
        }
    }

    // ------------------------------------------------------------------ emitting

    /** The value-stack depth at the next instruction (tracked through jumps and handlers). */
    int depth;
    private boolean afterTerminal;
    private final Map<Label, Integer> labelDepth = new java.util.IdentityHashMap<>();

    final void emit(int op, int arg) {
        b.emit(op, arg);
        depth += StackEffects.fallThrough(op, arg);
        afterTerminal = StackEffects.isTerminal(op);
        if (DEBUG) {
            System.err.println("  " + Op.name(op) + " " + arg + " -> " + depth);
        }
    }

    private static final boolean DEBUG = System.getenv("HEAPSIM_DEBUG_DEPTH") != null;

    final void emit(int op) {
        emit(op, 0);
    }

    final void jump(int op, Label target) {
        labelDepth.putIfAbsent(target, depth + StackEffects.jumping(op, 0));
        b.emitJump(op, target);
        depth += StackEffects.fallThrough(op, 0);
        afterTerminal = StackEffects.isTerminal(op);
        if (DEBUG) {
            System.err.println("  " + Op.name(op) + " -> " + depth + " (target " + labelDepth.get(target) + ")");
        }
    }

    final void place(Label l) {
        Integer d = labelDepth.get(l);
        if (afterTerminal && d != null) {
            depth = d;
        } else if (!afterTerminal) {
            labelDepth.putIfAbsent(l, depth);
        }
        afterTerminal = false;
        b.place(l);
        if (DEBUG) {
            System.err.println(" label: " + depth);
        }
    }

    /** SET_LOC: the next instructions are the node's (its line, and its span for tracebacks' carets). */
    final void setLine(Pos pos) {
        if (pos != null) {
            line = pos.line();
            loc = pos;
            b.setLocation(pos.line(), pos.colOffset(), pos.endLine(), pos.endColOffset());
        }
    }

    /** Back to the location saved before a nested node was compiled. */
    final void restoreLine(Pos saved) {
        if (saved == null) {
            return;
        }
        setLine(saved);
    }

    final void loadConst(Object value) {
        emit(Op.LOAD_CONST, b.constant(value, cx.constants().of(value)));
    }

    final void loadNone() {
        loadConst(org.heapsim.python.ast.ConstantValue.Singleton.NONE);
    }

    final int nameIndex(String name) {
        return b.name(name);
    }

    // ------------------------------------------------------------------ names (compiler_nameop)

    /** _Py_Mangle: {@code __x} inside class K is {@code _K__x}. */
    final String mangle(String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.contains(".")) {
            return name;
        }
        String stripped = privateName.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    final boolean isFunctionBlock() {
        return scope.kind().isFunctionLike();
    }

    /** The 3.12+ inlined comprehensions being compiled, innermost last, and whether each sits in a class body. */
    final List<Scope> inlined = new ArrayList<>();
    final List<Boolean> inlinedInClass = new ArrayList<>();

    final void nameOp(String name, Ctx ctx) {
        Scope.Binding binding = scope.binding(name);
        boolean functionLike = isFunctionBlock();
        for (int i = inlined.size() - 1; i >= 0; i--) {
            // push_inlined_comprehension_state's temp_symbols / fast_hidden: inside the
            // comprehension its own names resolve as in a function
            Scope.Binding cb = inlined.get(i).binding(name);
            if (inlinedInClass.get(i) && cb != null) {
                binding = cb;
                functionLike = true;
                break;
            }
            if (cb == Scope.Binding.LOCAL || cb == Scope.Binding.CELL) {
                binding = cb;
                functionLike = true;
                break;
            }
        }
        String mangled = mangle(name);
        if (binding == Scope.Binding.FREE || binding == Scope.Binding.CELL) {
            int i = derefIndex.get(name);
            switch (ctx) {
                case Load -> emit(scope.kind() == Scope.Kind.CLASS && inlined.isEmpty() ? Op.LOAD_CLASSDEREF : Op.LOAD_DEREF, i);
                case Store -> emit(Op.STORE_DEREF, i);
                case Del -> emit(Op.DELETE_DEREF, i);
            }
            return;
        }
        if (binding == Scope.Binding.LOCAL && functionLike && varIndex.containsKey(name)) {
            int i = varIndex.get(name);
            switch (ctx) {
                case Load -> emit(Op.LOAD_FAST, i);
                case Store -> emit(Op.STORE_FAST, i);
                case Del -> emit(Op.DELETE_FAST, i);
            }
            return;
        }
        boolean global = binding == Scope.Binding.GLOBAL_EXPLICIT
                || (binding == Scope.Binding.GLOBAL_IMPLICIT && functionLike);
        int n = nameIndex(mangled);
        if (global) {
            switch (ctx) {
                case Load -> emit(Op.LOAD_GLOBAL, n << 1);
                case Store -> emit(Op.STORE_GLOBAL, n);
                case Del -> emit(Op.DELETE_GLOBAL, n);
            }
        } else {
            switch (ctx) {
                case Load -> emit(Op.LOAD_NAME, n);
                case Store -> emit(Op.STORE_NAME, n);
                case Del -> emit(Op.DELETE_NAME, n);
            }
        }
    }

    /** True when loading name pushes a global (so a call can use LOAD_GLOBAL's NULL). */
    final boolean isGlobalLoad(String name) {
        Scope.Binding binding = scope.binding(name);
        return binding == Scope.Binding.GLOBAL_EXPLICIT || (binding == Scope.Binding.GLOBAL_IMPLICIT && isFunctionBlock());
    }

    final int localIndex(String name) {
        Integer i = varIndex.get(name);
        if (i == null) {
            throw new IllegalStateException("no fast local " + name + " in " + qualname);
        }
        return i;
    }

    /** The localsplus index LOAD_CLOSURE uses to pass name's cell to a nested function. */
    final int closureIndex(String name) {
        Integer i = derefIndex.get(name);
        if (i == null) {
            throw new IllegalStateException("no cell for free variable " + name + " in " + qualname);
        }
        return i;
    }

    // ------------------------------------------------------------------ blocks and ranges

    /** The value-stack depth at statement level: what the enclosing blocks keep there. */
    final int statementDepth() {
        int d = 0;
        for (Block bl : blocks) {
            d += bl.kind().stackItems;
        }
        return d;
    }

    final Range openRange(Label target, int depth, boolean pushLasti) {
        Range r = new Range(target, depth, pushLasti);
        labelDepth.putIfAbsent(target, depth + (pushLasti ? 2 : 1));
        b.beginHandlerRange(target, depth, pushLasti);
        openRanges.add(r);
        return r;
    }

    /** Opens r again after a POP_BLOCK that ended it only for the code in between. */
    final void reopenRange(Range r) {
        b.beginHandlerRange(r.target(), r.depth(), r.pushLasti());
        openRanges.add(r);
    }

    /** POP_BLOCK: ends the innermost open range, which must be r. */
    final void closeRange(Range r) {
        Range top = openRanges.remove(openRanges.size() - 1);
        if (top != r) {
            throw new IllegalStateException("exception ranges closed out of order");
        }
        b.endHandlerRange();
    }

    final Block pushBlock(BlockKind kind, Label top, Label exit, List<Stmt> finalBody, String handlerName, Range range) {
        Block bl = new Block(kind, top, exit, finalBody, handlerName, range);
        blocks.add(bl);
        return bl;
    }

    final void popBlock(Block bl) {
        Block top = blocks.remove(blocks.size() - 1);
        if (top != bl) {
            throw new IllegalStateException("blocks popped out of order");
        }
    }

    /** Ranges ended while unwinding for a return/break/continue, reopened after its jump. */
    private final List<Range> suspended = new ArrayList<>();

    private void suspend(Range r) {
        if (r != null && !openRanges.isEmpty() && openRanges.get(openRanges.size() - 1) == r) {
            closeRange(r);
            suspended.add(r);
        }
    }

    /**
     * compiler_unwind_fblock_stack: unwinds the blocks from the innermost out, each with the
     * blocks inside it already gone, stopping at (and returning) the innermost loop when
     * stopAtLoop. Returns null when no loop was found.
     */
    final Block unwindBlocks(boolean preserveTos, boolean stopAtLoop) {
        if (blocks.isEmpty()) {
            return null;
        }
        Block top = blocks.get(blocks.size() - 1);
        if (stopAtLoop && (top.kind() == BlockKind.WHILE_LOOP || top.kind() == BlockKind.FOR_LOOP)) {
            return top;
        }
        blocks.remove(blocks.size() - 1);
        unwindBlock(top, preserveTos);
        Block loop = unwindBlocks(preserveTos, stopAtLoop);
        blocks.add(top);
        return loop;
    }

    /** compiler_unwind_fblock. */
    final void unwindBlock(Block bl, boolean preserveTos) {
        switch (bl.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> {
            }
            case FOR_LOOP, POP_VALUE -> {
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                emit(Op.POP_TOP);
            }
            case TRY_EXCEPT -> suspend(bl.range());
            case FINALLY_TRY -> {
                suspend(bl.range());
                Block pv = preserveTos ? pushBlock(BlockKind.POP_VALUE, null, null, null, null, null) : null;
                List<Range> outer = new ArrayList<>(suspended); // a return inside the finally body unwinds on its own
                suspended.clear();
                compileFinallyBody(bl.finalBody());
                suspended.clear();
                suspended.addAll(outer);
                if (pv != null) {
                    popBlock(pv);
                }
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                emit(Op.POP_TOP); // the exception
                suspend(bl.range());
                emit(Op.POP_EXCEPT);
            }
            case WITH -> {
                suspend(bl.range());
                if (preserveTos) {
                    emit(Op.SWAP, 2);
                }
                callExitWithNones();
                emit(Op.POP_TOP);
            }
            case HANDLER_CLEANUP -> {
                suspend(bl.range());
                Block handler = blocks.get(blocks.size() - 1); // its EXCEPTION_HANDLER
                suspend(handler.range());
                emit(Op.POP_EXCEPT);
                if (bl.handlerName() != null) {
                    loadNone();
                    nameOp(bl.handlerName(), Ctx.Store);
                    nameOp(bl.handlerName(), Ctx.Del);
                }
            }
        }
    }

    /** Reopens, outermost first, the ranges the last unwinding ended. */
    final void resumeSuspended() {
        for (int i = suspended.size() - 1; i >= 0; i--) {
            Range r = suspended.get(i);
            b.beginHandlerRange(r.target(), r.depth(), r.pushLasti());
            openRanges.add(r);
        }
        suspended.clear();
    }

    /** compiler_call_exit_with_nones: exit(None, None, None) with exit below three Nones. */
    final void callExitWithNones() {
        loadNone();
        loadNone();
        loadNone();
        emit(Op.CALL, 2);
    }

    abstract void compileFinallyBody(List<Stmt> body);

    // ------------------------------------------------------------------ assembling

    final Code assemble(String name, int firstLine, int argCount, int posOnly, int kwOnly, int flags) {
        if (cx.policy().staticSwaps()) {
            b.applyStaticSwaps();
        }
        return b.build(name, qualname, cx.fileName(), firstLine, localsplus, kinds, argCount, posOnly, kwOnly, flags);
    }

    /** MAKE_CELL for every cell, in localsplus order (insert_prefix_instructions). */
    final void emitCellPrologue() {
        for (int i = 0; i < kinds.length; i++) {
            if ((kinds[i] & Code.CELL) != 0) {
                emit(Op.MAKE_CELL, i);
            }
        }
    }
}
