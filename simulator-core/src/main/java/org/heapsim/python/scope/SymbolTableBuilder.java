package org.heapsim.python.scope;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.heapsim.python.ast.Alias;
import org.heapsim.python.ast.Arguments;
import org.heapsim.python.ast.Comprehension;
import org.heapsim.python.ast.Ctx;
import org.heapsim.python.ast.ExceptHandler;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.ExprChildren;
import org.heapsim.python.ast.Keyword;
import org.heapsim.python.ast.Module;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.ast.WithItem;
import org.heapsim.python.parse.PySyntaxError;
import org.heapsim.python.parse.SyntaxMessages;

/**
 * First pass of {@code Python/symtable.c} (symtable_visit_stmt / symtable_visit_expr): collects the
 * DEF_* flags of every name in every block. It walks the tree in the order {@code Python/compile.c}
 * emits code rather than symtable.c's order, because that order also decides co_varnames and the
 * order of nested code objects; the flags themselves do not depend on it.
 */
final class SymbolTableBuilder {
    private final Module module;
    private final int minor;
    private final SyntaxMessages messages;
    private final Deque<Scope> stack = new ArrayDeque<>();
    private Scope cur;
    /** Nesting depth of comprehension iterable expressions, where := is forbidden. */
    private int compIterDepth;
    /** Above 0 while visiting code the compiler never emits: names get flags but no co_varnames slot. */
    private int notCompiled;

    SymbolTableBuilder(Module module, int minor) {
        this.module = module;
        this.minor = minor;
        this.messages = new SyntaxMessages(minor);
    }

    Scope build() {
        cur = new Scope(Scope.Kind.MODULE, "top", new Pos(1, 1, 1, 1), module);
        statements(module.body());
        return cur;
    }

    // ---- scopes --------------------------------------------------------------------------

    private Scope enter(Scope.Kind kind, String name, Pos pos, Object node) {
        Scope s = new Scope(kind, name, pos, node);
        cur.children.add(s);
        if (notCompiled == 0) {
            cur.compileOrder.add(s);
        }
        stack.push(cur);
        cur = s;
        return s;
    }

    private void exit() {
        cur = stack.pop();
    }

    private void addDef(String name, int flag) {
        addDef(cur, name, flag);
    }

    private static void addDef(Scope s, String name, int flag) {
        s.flags.merge(name, flag, (a, b) -> a | b);
        if ((flag & Scope.DEF_PARAM) != 0) {
            s.params.add(name);
        }
    }

    private int flagsOf(String name) {
        return cur.flags.getOrDefault(name, 0);
    }

    private void ref(String name) {
        if (notCompiled == 0) {
            cur.compileOrder.add(name);
        }
    }

    private void withoutCompiling(Runnable visit) {
        notCompiled++;
        try {
            visit.run();
        } finally {
            notCompiled--;
        }
    }

    // ---- statements ----------------------------------------------------------------------

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            exprs(f.decoratorList());
            defaults(f.args());
            annotations(f.args(), f.returns());
            enter(Scope.Kind.FUNCTION, f.name(), f.pos(), f);
            params(f.args());
            statements(f.body());
            exit();
            bind(f.name());
        } else if (s instanceof Stmt.ClassDef c) {
            exprs(c.decoratorList());
            enter(Scope.Kind.CLASS, c.name(), c.pos(), c);
            statements(c.body());
            exit();
            exprs(c.bases());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            bind(c.name());
        } else if (s instanceof Stmt.Return r) {
            expr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            exprs(a.targets());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            annAssign(a);
        } else if (s instanceof Stmt.For f) {
            expr(f.iter());
            expr(f.target());
            statements(f.body());
            statements(f.orelse());
        } else if (s instanceof Stmt.While w) {
            whileStatement(w);
        } else if (s instanceof Stmt.If i) {
            ifStatement(i);
        } else if (s instanceof Stmt.With w) {
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                expr(item.optionalVars());
            }
            statements(w.body());
        } else if (s instanceof Stmt.Raise r) {
            expr(r.exc());
            expr(r.cause());
        } else if (s instanceof Stmt.Try t) {
            tryStatement(t);
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            expr(a.msg());
        } else if (s instanceof Stmt.Import i) {
            imports(i.names());
        } else if (s instanceof Stmt.ImportFrom i) {
            imports(i.names());
        } else if (s instanceof Stmt.Global g) {
            for (String name : g.names()) {
                global(name, g.pos());
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            for (String name : n.names()) {
                nonlocal(name, n.pos());
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        }
    }

    /** 3.8/3.9's compiler_if skips the branch a constant test rules out (3.10+ compile it, then drop it). */
    private void ifStatement(Stmt.If i) {
        Boolean constant = minor <= 9 ? ConstantTest.truth(i.test()) : null;
        if (constant == null) {
            expr(i.test());
            statements(i.body());
            statements(i.orelse());
            return;
        }
        withoutCompiling(() -> expr(i.test()));
        if (constant) {
            statements(i.body());
            withoutCompiling(() -> statements(i.orelse()));
        } else {
            withoutCompiling(() -> statements(i.body()));
            statements(i.orelse());
        }
    }

    /** 3.8/3.9's compiler_while emits only the else clause of {@code while <false constant>}. */
    private void whileStatement(Stmt.While w) {
        Boolean constant = minor <= 9 ? ConstantTest.truth(w.test()) : null;
        if (Boolean.FALSE.equals(constant)) {
            withoutCompiling(() -> {
                expr(w.test());
                statements(w.body());
            });
            statements(w.orelse());
            return;
        }
        expr(w.test());
        statements(w.body());
        statements(w.orelse());
    }

    /**
     * The order compile.c emits a try statement (recorded from the interpreters): 3.8 compiles the
     * finally body first; 3.9 and 3.10 body, handlers, else, finally; 3.11+ body, else, handlers, finally.
     */
    private void tryStatement(Stmt.Try t) {
        if (minor == 8) {
            statements(t.finalbody());
        }
        statements(t.body());
        if (minor >= 11) {
            statements(t.orelse());
            handlers(t.handlers());
        } else {
            handlers(t.handlers());
            statements(t.orelse());
        }
        if (minor > 8) {
            statements(t.finalbody());
        }
    }

    private void handlers(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            expr(h.type());
            if (h.name() != null) {
                bind(h.name());
            }
            statements(h.body());
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int old = flagsOf(n.id());
            if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && a.simple()) {
                String kind = (old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw error(a.pos(), "annotated name '" + n.id() + "' can't be " + kind);
            }
            expr(a.value());
            addDef(n.id(), Scope.DEF_LOCAL);
            if (a.value() != null) {
                ref(n.id());
            }
        } else {
            expr(a.value());
            expr(a.target());
        }
        if (!cur.kind().isFunctionLike()) {
            expr(a.annotation());
        } else {
            usesWithoutCompiling(a.annotation());
        }
    }

    /** Function-local annotations are in the symbol table but never compiled (no co_varnames entry). */
    private void usesWithoutCompiling(Expr e) {
        withoutCompiling(() -> expr(e));
    }

    private void imports(List<Alias> names) {
        for (Alias a : names) {
            if (a.name().equals("*")) {
                if (cur.kind() != Scope.Kind.MODULE) {
                    // 3.8/3.9 report it at the enclosing block, 3.10+ at the '*'
                    Pos at = minor >= 10 ? a.pos() : new Pos(cur.pos().line(), cur.pos().col(), cur.pos().line(), 0);
                    throw error(at, messages.importStarOutsideModule());
                }
                continue;
            }
            String stored = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
            addDef(stored, Scope.DEF_IMPORT);
            ref(stored);
        }
    }

    private void global(String name, Pos pos) {
        int old = flagsOf(name);
        if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE)) != 0) {
            if ((old & Scope.DEF_PARAM) != 0) {
                throw error(pos, messages.parameterAndGlobal(name));
            }
            if ((old & Scope.USE) != 0) {
                throw error(pos, messages.usedBeforeGlobal(name));
            }
            throw error(pos, messages.assignedBeforeGlobal(name));
        }
        addDef(name, Scope.DEF_GLOBAL);
        cur.directives.putIfAbsent(name, pos);
    }

    private void nonlocal(String name, Pos pos) {
        if (cur.kind() == Scope.Kind.MODULE) {
            throw error(pos, messages.nonlocalAtModuleLevel());
        }
        int old = flagsOf(name);
        if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE)) != 0) {
            if ((old & Scope.DEF_PARAM) != 0) {
                throw error(pos, messages.parameterAndNonlocal(name));
            }
            if ((old & Scope.USE) != 0) {
                throw error(pos, messages.usedBeforeNonlocal(name));
            }
            throw error(pos, messages.assignedBeforeNonlocal(name));
        }
        addDef(name, Scope.DEF_NONLOCAL);
        cur.directives.putIfAbsent(name, pos);
    }

    private void bind(String name) {
        addDef(name, Scope.DEF_LOCAL);
        ref(name);
    }

    // ---- functions and parameters --------------------------------------------------------

    private void defaults(Arguments a) {
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) {
            expr(d);
        }
    }

    private void annotations(Arguments a, Expr returns) {
        for (Arguments.Arg arg : a.posonlyargs()) {
            expr(arg.annotation());
        }
        for (Arguments.Arg arg : a.args()) {
            expr(arg.annotation());
        }
        if (a.vararg() != null) {
            expr(a.vararg().annotation());
        }
        for (Arguments.Arg arg : a.kwonlyargs()) {
            expr(arg.annotation());
        }
        if (a.kwarg() != null) {
            expr(a.kwarg().annotation());
        }
        expr(returns);
    }

    /** symtable_visit_arguments: positional-only, positional, keyword-only, then *args and **kwargs. */
    private void params(Arguments a) {
        a.posonlyargs().forEach(p -> addDef(p.arg(), Scope.DEF_PARAM));
        a.args().forEach(p -> addDef(p.arg(), Scope.DEF_PARAM));
        a.kwonlyargs().forEach(p -> addDef(p.arg(), Scope.DEF_PARAM));
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), Scope.DEF_PARAM);
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), Scope.DEF_PARAM);
        }
    }

    // ---- expressions ---------------------------------------------------------------------

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name n) {
            name(n);
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.args());
            enter(Scope.Kind.LAMBDA, "lambda", l.pos(), l);
            params(l.args());
            expr(l.body());
            exit();
        } else if (e instanceof Expr.ListComp c) {
            comprehension(Scope.Kind.LIST_COMP, e, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(Scope.Kind.SET_COMP, e, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(Scope.Kind.DICT_COMP, e, c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(Scope.Kind.GENERATOR_EXP, e, c.generators(), c.elt(), null);
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            yieldExpr(e);
        } else {
            for (Expr child : ExprChildren.of(e)) {
                expr(child);
            }
        }
    }

    private void name(Expr.Name n) {
        if (n.ctx() == Ctx.Load) {
            addDef(n.id(), Scope.USE);
            if (n.id().equals("super") && cur.kind().isFunctionLike()) {
                addDef("__class__", Scope.USE);
            }
        } else {
            addDef(n.id(), Scope.DEF_LOCAL);
        }
        ref(n.id());
    }

    private void yieldExpr(Expr e) {
        if (cur.kind().isComprehension()) {
            // 3.8/3.9 report it at the comprehension, 3.10+ at the yield
            throw error(minor >= 10 ? e.pos() : cur.pos(),
                    messages.yieldInsideComprehension(comprehensionWord(cur.kind())));
        }
        if (cur.kind().isFunctionLike()) {
            cur.generator = true;
        }
        for (Expr child : ExprChildren.of(e)) {
            expr(child);
        }
    }

    private static String comprehensionWord(Scope.Kind kind) {
        return switch (kind) {
            case LIST_COMP -> "list comprehension";
            case SET_COMP -> "set comprehension";
            case DICT_COMP -> "dict comprehension";
            default -> "generator expression";
        };
    }

    /**
     * symtable_handle_comprehension: the first iterable is evaluated in the enclosing scope, the
     * rest in a new function-like scope whose only parameter is ".0".
     */
    private void comprehension(Scope.Kind kind, Expr node, List<Comprehension> gens, Expr elt, Expr value) {
        compIterDepth++;
        expr(gens.get(0).iter());
        compIterDepth--;
        Scope s = enter(kind, kind.name().toLowerCase().replace("_", ""), node.pos(), node);
        s.generator = kind == Scope.Kind.GENERATOR_EXP;
        addDef(".0", Scope.DEF_PARAM);
        ref(".0");
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (i > 0) {
                compIterDepth++;
                expr(g.iter());
                compIterDepth--;
            }
            compTarget(g.target());
            exprs(g.ifs());
        }
        expr(elt);
        expr(value);
        exit();
    }

    private void compTarget(Expr target) {
        if (target instanceof Expr.Name n) {
            addDef(n.id(), Scope.DEF_LOCAL | Scope.DEF_COMP_ITER);
            ref(n.id());
            return;
        }
        if (target instanceof Expr.Tuple t) {
            t.elts().forEach(this::compTarget);
        } else if (target instanceof Expr.ListExpr l) {
            l.elts().forEach(this::compTarget);
        } else if (target instanceof Expr.Starred st) {
            compTarget(st.value());
        } else {
            expr(target);
        }
    }

    /** symtable_extend_namedexpr_scope: := in a comprehension binds in the nearest enclosing non-comprehension scope. */
    private void namedExpr(Expr.NamedExpr n) {
        if (compIterDepth > 0) {
            Pos p = n.pos();
            throw error(minor >= 10 ? p : new Pos(p.line(), p.col() - 1, p.endLine(), p.endCol()),
                    messages.walrusInComprehensionIterable());
        }
        expr(n.value());
        String target = ((Expr.Name) n.target()).id();
        if (!cur.kind().isComprehension()) {
            addDef(target, Scope.DEF_LOCAL);
            ref(target);
            return;
        }
        for (Scope s : stack) {
            if (s.kind().isComprehension()) {
                if ((s.flags.getOrDefault(target, 0) & Scope.DEF_COMP_ITER) != 0) {
                    throw walrusError(n, messages.walrusRebindsIterationVariable(target));
                }
                continue;
            }
            break;
        }
        if ((flagsOf(target) & Scope.DEF_COMP_ITER) != 0) {
            throw walrusError(n, messages.walrusRebindsIterationVariable(target));
        }
        Scope enclosing = null;
        for (Scope s : stack) {
            if (!s.kind().isComprehension()) {
                enclosing = s;
                break;
            }
        }
        if (enclosing.kind() == Scope.Kind.CLASS) {
            throw walrusError(n, messages.walrusInClassComprehension());
        }
        if (enclosing.kind() == Scope.Kind.MODULE) {
            addDef(target, Scope.DEF_GLOBAL);
            addDef(enclosing, target, Scope.DEF_GLOBAL);
        } else {
            boolean global = (enclosing.flags.getOrDefault(target, 0) & Scope.DEF_GLOBAL) != 0;
            addDef(target, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL);
            addDef(enclosing, target, Scope.DEF_LOCAL);
        }
        ref(target);
    }

    /**
     * 3.8/3.9 passed the 0-based col_offset where a 1-based offset was expected, so their column is
     * one less; 3.10+ give the start only (one caret).
     */
    private PySyntaxError walrusError(Expr.NamedExpr n, String message) {
        Pos p = n.pos();
        return error(minor >= 10 ? new Pos(p.line(), p.col(), p.line(), 0)
                : new Pos(p.line(), p.col() - 1, p.endLine(), p.endCol()), message);
    }

    private PySyntaxError error(Pos pos, String message) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, message, module.fileName(), pos.line(), pos.col(),
                pos.endLine(), pos.endCol(), module.sourceLine(pos.line()));
    }
}
