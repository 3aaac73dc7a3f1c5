package org.heapsim.python.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heapsim.heap.Unsupported;
import org.heapsim.python.ast.Alias;
import org.heapsim.python.ast.Arguments;
import org.heapsim.python.ast.Comprehension;
import org.heapsim.python.ast.Ctx;
import org.heapsim.python.ast.ExceptHandler;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Module;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.ast.WithItem;
import org.heapsim.python.scope.Scope;
import org.heapsim.python.vm.Code;
import org.heapsim.python.vm.CodeBuilder.Label;
import org.heapsim.python.vm.Op;

/**
 * Statements and whole code objects (module, function, lambda, class body, comprehension),
 * in the layout of CPython 3.11's {@code compiler_visit_stmt} and its helpers; exception
 * handling follows 3.11's exception table minus the previous exception that 3.11 keeps on the
 * value stack (this VM keeps it in the frame), as {@link org.heapsim.python.vm.With} describes.
 */
final class StatementCompiler extends ExpressionCompiler {

    StatementCompiler(Compilation cx, Scope scope, CodeUnit parent, String qualname, String privateName) {
        super(cx, scope, parent, qualname, privateName);
    }

    // ------------------------------------------------------------------ code objects

    Code compileModule(Module m) {
        List<Stmt> body = m.body();
        if (Annotations.present(body)) {
            emit(Op.SETUP_ANNOTATIONS);
        }
        body = storeDocstring(body);
        stmts(body);
        loadNone();
        emit(Op.RETURN_VALUE);
        return assemble("<module>", 1, 0, 0, 0, Code.NAMESPACE);
    }

    Code compileFunction(String name, Arguments args, List<Stmt> body, int firstLine) {
        prologue();
        if (!body.isEmpty() && docstring(body.get(0)) != null) {
            body = body.subList(1, body.size());
        }
        stmts(body);
        loadNone();
        emit(Op.RETURN_VALUE);
        return assembleFunction(name, args, firstLine);
    }

    Code compileLambda(Expr.Lambda l) {
        prologue();
        expr(l.body());
        if (scope.isGenerator()) {
            emit(Op.POP_TOP);
            loadNone();
        }
        emit(Op.RETURN_VALUE);
        return assembleFunction("<lambda>", l.args(), l.pos().line());
    }

    Code compileClassBody(Stmt.ClassDef c) {
        setLine(c.pos());
        emitCellPrologue();
        nameOp("__name__", Ctx.Load);
        nameOp("__module__", Ctx.Store);
        loadConst(qualname);
        nameOp("__qualname__", Ctx.Store);
        List<Stmt> body = c.body();
        if (Annotations.present(body)) {
            emit(Op.SETUP_ANNOTATIONS);
        }
        body = storeDocstring(body);
        stmts(body);
        if (scope.needsClassClosure()) {
            // the __class__ cell goes back to __build_class__, which sets it to the new class
            emit(Op.LOAD_CLOSURE, closureIndex("__class__"));
        } else {
            loadNone();
        }
        emit(Op.RETURN_VALUE);
        return assemble(c.name(), firstLine(c.pos(), c.decoratorList()), 0, 0, 0, Code.NAMESPACE);
    }

    Code compileComprehension(Expr node, List<Comprehension> gens, Expr elt, Expr val, ComprehensionKind kind) {
        setLine(node.pos());
        prologue();
        switch (kind) {
            case LISTCOMP -> emit(Op.BUILD_LIST, 0);
            case SETCOMP -> emit(Op.BUILD_SET, 0);
            case DICTCOMP -> emit(Op.BUILD_MAP, 0);
            case GENEXP -> {
            }
        }
        comprehensionGenerator(gens, 0, 0, elt, val, kind, false);
        if (kind == ComprehensionKind.GENEXP) {
            loadNone();
        }
        emit(Op.RETURN_VALUE);
        return assemble(scope.codeName(), node.pos().line(), 1, 0, 0, scope.isGenerator() ? Code.GENERATOR : 0);
    }

    /** MAKE_CELL for the cells, then RETURN_GENERATOR and the POP_TOP of its first resumption. */
    private void prologue() {
        emitCellPrologue();
        if (scope.isGenerator()) {
            emit(Op.RETURN_GENERATOR);
            emit(Op.POP_TOP);
        }
    }

    private Code assembleFunction(String name, Arguments args, int firstLine) {
        int flags = 0;
        if (args.vararg() != null) {
            flags |= Code.VARARGS;
        }
        if (args.kwarg() != null) {
            flags |= Code.VARKEYWORDS;
        }
        if (scope.isGenerator()) {
            flags |= Code.GENERATOR;
        }
        int posOnly = args.posonlyargs().size();
        return assemble(name, firstLine, posOnly + args.args().size(), posOnly, args.kwonlyargs().size(), flags);
    }

    private static int firstLine(org.heapsim.python.ast.Pos pos, List<Expr> decorators) {
        return decorators.isEmpty() ? pos.line() : decorators.get(0).pos().line();
    }

    private static String docstring(Stmt s) {
        if (s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c && c.value() instanceof String str) {
            return str;
        }
        return null;
    }

    /** compiler_body: a module's or class's docstring is stored as __doc__. */
    private List<Stmt> storeDocstring(List<Stmt> body) {
        if (!body.isEmpty() && docstring(body.get(0)) != null) {
            setLine(body.get(0).pos());
            loadConst(docstring(body.get(0)));
            nameOp("__doc__", Ctx.Store);
            return body.subList(1, body.size());
        }
        return body;
    }

    @Override
    void compileFinallyBody(List<Stmt> body) {
        stmts(body);
    }

    // ------------------------------------------------------------------ statements

    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        try {
            compileStmt(s);
        } catch (Unsupported e) {
            // where the construct is: heapsim: prog.py:LINE:COL: '...' (Ellipsis) is not supported
            throw new org.heapsim.python.parse.UnsupportedSyntax(cx.fileName(), line, s.pos().col(), e.what());
        }
    }

    private void compileStmt(Stmt s) {
        setLine(s.pos());
        if (depth != statementDepth()) {
            throw new IllegalStateException("value stack at line " + line + " is " + depth + " deep, expected "
                    + statementDepth());
        }
        if (s instanceof Stmt.ExprStmt e) {
            if (Folding.constantOf(e.value()) == null) {
                expr(e.value());
                emit(Op.POP_TOP);
            }
        } else if (s instanceof Stmt.Assign a) {
            assign(a);
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::delete);
        } else if (s instanceof Stmt.Pass p) {
        } else if (s instanceof Stmt.Global g) {
        } else if (s instanceof Stmt.Nonlocal n) {
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.Break br) {
            breakStmt();
        } else if (s instanceof Stmt.Continue c) {
            continueStmt();
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n = 1;
                if (r.cause() != null) {
                    expr(r.cause());
                    n = 2;
                }
            }
            emit(Op.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalbody().isEmpty()) {
                tryFinally(t);
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Stmt.With w) {
            with(w, 0);
        } else if (s instanceof Stmt.Import i) {
            importStmt(i);
        } else if (s instanceof Stmt.ImportFrom i) {
            importFrom(i);
        }
    }

    private void assign(Stmt.Assign a) {
        List<Expr> targets = a.targets();
        if (targets.size() == 1 && swapsInsteadOfTuple(targets.get(0), a.value())) {
            return;
        }
        expr(a.value());
        for (int i = 0; i < targets.size(); i++) {
            if (i < targets.size() - 1) {
                emit(Op.COPY, 1);
            }
            store(targets.get(i));
        }
    }

    /**
     * The peephole's BUILD_TUPLE n + UNPACK_SEQUENCE n: {@code a, b = x, y} builds no tuple
     * (n = 2 or 3 become SWAPs, n = 1 nothing).
     */
    private boolean swapsInsteadOfTuple(Expr target, Expr value) {
        List<Expr> targets = target instanceof Expr.Tuple t ? t.elts() : target instanceof Expr.ListExpr l ? l.elts() : null;
        if (targets == null || !(value instanceof Expr.Tuple v) || Folding.constantOf(value) != null) {
            return false;
        }
        int n = targets.size();
        if (n != v.elts().size() || n > 3 || n == 0) {
            return false;
        }
        for (Expr e : targets) {
            if (e instanceof Expr.Starred) {
                return false;
            }
        }
        for (Expr e : v.elts()) {
            if (e instanceof Expr.Starred) {
                return false;
            }
        }
        exprs(v.elts());
        if (n > 1) {
            emit(Op.SWAP, n);
        }
        if (n == 3) {
            // SWAP 3 reverses three values only at the ends; CPython's optimizer then reorders
            // the stores (apply_static_swaps), equivalent to storing last-pushed first
        }
        for (int i = 0; i < n; i++) {
            store(targets.get(n == 3 ? new int[] {0, 1, 2}[i] : i));
        }
        return true;
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = binaryOp(a.op(), true).ordinal();
        if (a.target() instanceof Expr.Name n) {
            nameOp(n.id(), Ctx.Load);
            expr(a.value());
            emit(Op.BINARY_OP, op);
            nameOp(n.id(), Ctx.Store);
        } else if (a.target() instanceof Expr.Attribute at) {
            expr(at.value());
            emit(Op.COPY, 1);
            int name = nameIndex(mangle(at.attr()));
            emit(Op.LOAD_ATTR, name);
            expr(a.value());
            emit(Op.BINARY_OP, op);
            emit(Op.SWAP, 2);
            emit(Op.STORE_ATTR, name);
        } else if (a.target() instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.slice());
            emit(Op.COPY, 2);
            emit(Op.COPY, 2);
            emit(Op.BINARY_SUBSCR);
            expr(a.value());
            emit(Op.BINARY_OP, op);
            emit(Op.SWAP, 3);
            emit(Op.SWAP, 2);
            emit(Op.STORE_SUBSCR);
        } else {
            throw new Unsupported("augmented assignment to " + a.target().getClass().getSimpleName());
        }
    }

    /** compiler_annassign. */
    private void annAssign(Stmt.AnnAssign a) {
        if (a.value() != null) {
            expr(a.value());
            store(a.target());
        }
        boolean namespace = scope.kind() == Scope.Kind.MODULE || scope.kind() == Scope.Kind.CLASS;
        if (a.target() instanceof Expr.Name n) {
            if (a.simple() && namespace) {
                expr(a.annotation());
                nameOp("__annotations__", Ctx.Load);
                loadConst(mangle(n.id()));
                emit(Op.STORE_SUBSCR);
            }
        } else if (a.value() == null) {
            Expr owner = a.target() instanceof Expr.Attribute at ? at.value() : ((Expr.Subscript) a.target()).value();
            expr(owner);
            emit(Op.POP_TOP);
            if (a.target() instanceof Expr.Subscript sub) {
                expr(sub.slice());
                emit(Op.POP_TOP);
            }
        }
        if (!a.simple() && namespace) {
            expr(a.annotation());
            emit(Op.POP_TOP);
        }
    }

    private void ifStmt(Stmt.If i) {
        Label end = b.label();
        Label next = i.orelse().isEmpty() ? end : b.label();
        Object constant = Folding.constantOf(i.test());
        if (constant == null) {
            jumpIf(i.test(), next, false);
        } else if (!Folding.isTrue(constant)) {
            jump(Op.JUMP, next);
        }
        stmts(i.body());
        if (!i.orelse().isEmpty()) {
            jump(Op.JUMP, end);
            place(next);
            stmts(i.orelse());
        }
        place(end);
    }

    private void whileStmt(Stmt.While w) {
        Label loop = b.label();
        Label anchor = b.label();
        Label end = b.label();
        place(loop);
        Block bl = pushBlock(BlockKind.WHILE_LOOP, loop, end, null, null, null);
        Object constant = Folding.constantOf(w.test());
        if (constant == null) {
            jumpIf(w.test(), anchor, false);
        } else if (!Folding.isTrue(constant)) {
            jump(Op.JUMP, anchor);
        }
        stmts(w.body());
        setLine(w.pos());
        jump(Op.JUMP, loop);
        popBlock(bl);
        place(anchor);
        stmts(w.orelse());
        place(end);
    }

    private void forStmt(Stmt.For f) {
        Label start = b.label();
        Label cleanup = b.label();
        Label end = b.label();
        iterable(f.iter());
        setLine(f.pos());
        emit(Op.GET_ITER);
        place(start);
        Block bl = pushBlock(BlockKind.FOR_LOOP, start, end, null, null, null);
        jump(Op.FOR_ITER, cleanup);
        store(f.target());
        stmts(f.body());
        setLine(f.pos());
        jump(Op.JUMP, start);
        place(cleanup);
        popBlock(bl);
        stmts(f.orelse());
        place(end);
    }

    private void breakStmt() {
        Block loop = unwindBlocks(false, true);
        if (loop == null) {
            throw new Unsupported("'break' outside loop");
        }
        unwindBlock(loop, false);
        jump(Op.JUMP, loop.exit());
        resumeSuspended();
        depth = statementDepth(); // what follows is unreachable until a label
    }

    private void continueStmt() {
        Block loop = unwindBlocks(false, true);
        if (loop == null) {
            throw new Unsupported("'continue' not properly in loop");
        }
        jump(Op.JUMP, loop.top());
        resumeSuspended();
        depth = statementDepth();
    }

    /** compiler_return: a constant is loaded after the unwinding, anything else before. */
    private void returnStmt(Stmt.Return r) {
        Object constant = r.value() == null ? null : Folding.constantOf(r.value());
        boolean preserveTos = r.value() != null && constant == null;
        if (preserveTos) {
            expr(r.value());
        }
        unwindBlocks(preserveTos, false);
        setLine(r.pos());
        if (r.value() == null) {
            loadNone();
        } else if (!preserveTos) {
            loadConst(constant);
        }
        emit(Op.RETURN_VALUE);
        resumeSuspended();
        depth = statementDepth();
    }

    private void functionDef(Stmt.FunctionDef f) {
        exprs(f.decoratorList());
        setLine(f.pos());
        int flags = defaults(f.args());
        flags |= annotations(f.args(), f.returns());
        Scope fs = scopeOf(f);
        StatementCompiler child = new StatementCompiler(cx, fs, this, childQualname(f.name(), fs), privateName);
        Code code = child.compileFunction(f.name(), f.args(), f.body(), firstLine(f.pos(), f.decoratorList()));
        setLine(f.pos());
        makeClosure(code, fs, flags);
        for (int i = 0; i < f.decoratorList().size(); i++) {
            emit(Op.CALL, 0);
        }
        nameOp(f.name(), Ctx.Store);
    }

    private void classDef(Stmt.ClassDef c) {
        exprs(c.decoratorList());
        setLine(c.pos());
        Scope cs = scopeOf(c);
        StatementCompiler child = new StatementCompiler(cx, cs, this, childQualname(c.name(), cs), c.name());
        Code body = child.compileClassBody(c);
        setLine(c.pos());
        emit(Op.PUSH_NULL);
        emit(Op.LOAD_BUILD_CLASS);
        makeClosure(body, cs, 0);
        loadConst(c.name());
        callHelper(2, c.bases(), c.keywords());
        for (int i = 0; i < c.decoratorList().size(); i++) {
            emit(Op.CALL, 0);
        }
        nameOp(c.name(), Ctx.Store);
    }

    private void assertStmt(Stmt.Assert a) {
        Label end = b.label();
        jumpIf(a.test(), end, true);
        emit(Op.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            emit(Op.CALL, 0);
        }
        if (cx.policy().tracebackStyle().assertRaisesAtTest()) {
            setLine(a.test().pos()); // 3.13 compiler_assert: RAISE_VARARGS at the test's location
        }
        emit(Op.RAISE_VARARGS, 1);
        place(end);
    }

    // ------------------------------------------------------------------ exceptions

    /** compiler_try_finally. */
    private void tryFinally(Stmt.Try t) {
        Label end = b.label();
        Label exit = b.label();
        Label cleanup = b.label();
        int base = statementDepth();
        Range body = openRange(end, base, false);
        Block bl = pushBlock(BlockKind.FINALLY_TRY, null, null, t.finalbody(), null, body);
        if (!t.handlers().isEmpty()) {
            tryExcept(t);
        } else {
            stmts(t.body());
        }
        popBlock(bl);
        closeRange(body);
        stmts(t.finalbody());
        jump(Op.JUMP, exit);
        place(end);
        Range handler = openRange(cleanup, base, true);
        emit(Op.PUSH_EXC_INFO);
        Block fe = pushBlock(BlockKind.FINALLY_END, null, null, null, null, handler);
        stmts(t.finalbody());
        popBlock(fe);
        emit(Op.RERAISE, 0);
        closeRange(handler);
        place(cleanup);
        emit(Op.POP_EXCEPT);
        emit(Op.RERAISE, 1);
        place(exit);
    }

    /** compiler_try_except. */
    private void tryExcept(Stmt.Try t) {
        Label except = b.label();
        Label end = b.label();
        Label cleanup = b.label();
        int base = statementDepth();
        Range body = openRange(except, base, false);
        Block bl = pushBlock(BlockKind.TRY_EXCEPT, null, null, null, null, body);
        stmts(t.body());
        popBlock(bl);
        closeRange(body);
        stmts(t.orelse());
        jump(Op.JUMP, end);
        place(except);
        Range handlerRange = openRange(cleanup, base, true);
        emit(Op.PUSH_EXC_INFO);
        Block eh = pushBlock(BlockKind.EXCEPTION_HANDLER, null, null, null, null, handlerRange);
        for (ExceptHandler h : t.handlers()) {
            setLine(h.pos());
            Label next = b.label();
            if (h.type() != null) {
                expr(h.type());
                emit(Op.CHECK_EXC_MATCH);
                jump(Op.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = b.label();
                nameOp(h.name(), Ctx.Store);
                Range named = openRange(cleanupEnd, base, true);
                Block hc = pushBlock(BlockKind.HANDLER_CLEANUP, null, null, null, h.name(), named);
                stmts(h.body());
                popBlock(hc);
                closeRange(named);
                closeRange(handlerRange);
                emit(Op.POP_EXCEPT);
                clearName(h.name());
                jump(Op.JUMP, end);
                reopenRange(handlerRange);
                place(cleanupEnd);
                clearName(h.name());
                emit(Op.RERAISE, 1);
            } else {
                emit(Op.POP_TOP);
                Block hc = pushBlock(BlockKind.HANDLER_CLEANUP, null, null, null, null, null);
                stmts(h.body());
                popBlock(hc);
                closeRange(handlerRange);
                emit(Op.POP_EXCEPT);
                jump(Op.JUMP, end);
                reopenRange(handlerRange);
            }
            place(next);
        }
        popBlock(eh);
        emit(Op.RERAISE, 0);
        closeRange(handlerRange);
        place(cleanup);
        emit(Op.POP_EXCEPT);
        emit(Op.RERAISE, 1);
        place(end);
    }

    /** {@code name = None; del name}: the implicit cleanup after {@code except E as name}. */
    private void clearName(String name) {
        loadNone();
        nameOp(name, Ctx.Store);
        nameOp(name, Ctx.Del);
    }

    /** compiler_with (3.11 layout, see vm.With). */
    private void with(Stmt.With w, int pos) {
        WithItem item = w.items().get(pos);
        Label fin = b.label();
        Label exit = b.label();
        Label cleanup = b.label();
        Label suppress = b.label();
        expr(item.contextExpr());
        setLine(w.pos());
        emit(Op.BEFORE_WITH);
        int base = statementDepth();
        Range body = openRange(fin, base + 1, true);
        Block bl = pushBlock(BlockKind.WITH, null, null, null, null, body);
        if (item.optionalVars() != null) {
            store(item.optionalVars());
        } else {
            emit(Op.POP_TOP);
        }
        if (pos + 1 == w.items().size()) {
            stmts(w.body());
        } else {
            with(w, pos + 1);
        }
        setLine(w.pos());
        closeRange(body);
        popBlock(bl);
        callExitWithNones();
        emit(Op.POP_TOP);
        jump(Op.JUMP, exit);
        place(fin);
        Range handler = openRange(cleanup, base + 2, true);
        emit(Op.PUSH_EXC_INFO);
        emit(Op.WITH_EXCEPT_START);
        jump(Op.POP_JUMP_IF_TRUE, suppress);
        emit(Op.RERAISE, 2);
        closeRange(handler);
        place(cleanup);
        emit(Op.POP_EXCEPT);
        emit(Op.RERAISE, 1);
        place(suppress);
        emit(Op.POP_TOP);
        emit(Op.POP_EXCEPT);
        emit(Op.POP_TOP);
        emit(Op.POP_TOP);
        place(exit);
    }

    // ------------------------------------------------------------------ imports

    private void importStmt(Stmt.Import i) {
        for (Alias a : i.names()) {
            loadConst(BigInteger.ZERO);
            loadNone();
            emit(Op.IMPORT_NAME, nameIndex(a.name()));
            if (a.asname() != null) {
                String[] parts = a.name().split("\\.");
                for (int k = 1; k < parts.length; k++) {
                    emit(Op.IMPORT_FROM, nameIndex(parts[k]));
                    if (k < parts.length - 1) {
                        emit(Op.SWAP, 2);
                        emit(Op.POP_TOP);
                    }
                }
                nameOp(a.asname(), Ctx.Store);
                if (parts.length > 1) {
                    emit(Op.POP_TOP);
                }
            } else {
                int dot = a.name().indexOf('.');
                nameOp(dot < 0 ? a.name() : a.name().substring(0, dot), Ctx.Store);
            }
        }
    }

    private void importFrom(Stmt.ImportFrom i) {
        loadConst(BigInteger.valueOf(i.level()));
        List<Object> names = new ArrayList<>();
        for (Alias a : i.names()) {
            names.add(a.name());
        }
        loadConst(List.copyOf(names));
        emit(Op.IMPORT_NAME, nameIndex(i.module() == null ? "" : i.module()));
        for (Alias a : i.names()) {
            if (a.name().equals("*")) {
                throw new Unsupported("'from " + i.module() + " import *'");
            }
            emit(Op.IMPORT_FROM, nameIndex(a.name()));
            nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.Store);
        }
        emit(Op.POP_TOP);
    }

    // ------------------------------------------------------------------ 3.12+ inlined comprehensions

    /**
     * PEP 709 (3.12's compiler_comprehension with push/pop_inlined_comprehension_state): the
     * outermost iterator is made here, the comprehension's own names are saved on the stack
     * (LOAD_FAST_AND_CLEAR) and put back afterwards, also when an exception leaves it.
     */
    @Override
    void inlinedComprehension(Scope cs, List<Comprehension> gens, Expr elt, Expr val, ComprehensionKind kind) {
        iterable(gens.get(0).iter());
        emit(Op.GET_ITER);
        boolean inClass = scope.kind() == Scope.Kind.CLASS && inlined.isEmpty();
        List<String> saved = cs.isolatedNames(inClass);
        for (String name : saved) {
            emit(Op.LOAD_FAST_AND_CLEAR, localIndex(name));
            if (cs.binding(name) == Scope.Binding.CELL) {
                emit(Op.MAKE_CELL, localIndex(name));
            }
        }
        if (!saved.isEmpty()) {
            emit(Op.SWAP, saved.size() + 1);
        }
        switch (kind) {
            case LISTCOMP -> emit(Op.BUILD_LIST, 0);
            case SETCOMP -> emit(Op.BUILD_SET, 0);
            case DICTCOMP -> emit(Op.BUILD_MAP, 0);
            default -> throw new IllegalStateException("generator expressions are never inlined");
        }
        emit(Op.SWAP, 2);
        Label cleanup = b.label();
        Label end = b.label();
        Range range = saved.isEmpty() ? null : openRange(cleanup, depth - 1, false);
        inlined.add(cs);
        inlinedInClass.add(inClass);
        comprehensionGenerator(gens, 0, 0, elt, val, kind, true);
        inlined.remove(inlined.size() - 1);
        inlinedInClass.remove(inlinedInClass.size() - 1);
        if (range != null) {
            closeRange(range);
            jump(Op.JUMP, end);
            place(cleanup);
            emit(Op.SWAP, 2);
            emit(Op.POP_TOP); // the unfinished result
            restoreInlined(saved);
            emit(Op.RERAISE, 0);
            place(end);
            restoreInlined(saved);
        }
    }

    /** restore_inlined_comprehension_locals: the result (or exception) stays on top. */
    private void restoreInlined(List<String> saved) {
        emit(Op.SWAP, saved.size() + 1);
        for (int i = saved.size() - 1; i >= 0; i--) {
            emit(Op.STORE_FAST, localIndex(saved.get(i)));
        }
    }
}
