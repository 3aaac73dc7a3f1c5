package org.heapsim.python.scope;

import java.util.IdentityHashMap;
import java.util.Map;

import org.heapsim.python.ast.Module;

/**
 * The symbol table of a module: every scope, how each name resolves in it, and the variable lists
 * of the code objects CPython would build. {@link #build} raises the SyntaxErrors that
 * {@code Python/symtable.c} raises (nonlocal without binding, global after use, ...).
 */
public final class SymbolTable {
    private final Scope module;
    private final Map<Object, Scope> byNode;

    private SymbolTable(Scope module, Map<Object, Scope> byNode) {
        this.module = module;
        this.byNode = byNode;
    }

    /** minor is the CPython minor version (8..13): 3.12+ inline list/set/dict comprehensions. */
    public static SymbolTable build(Module m, int minor) {
        SymbolTableBuilder builder = new SymbolTableBuilder(m, minor);
        Scope top = builder.build();
        Map<Object, Scope> byNode = new IdentityHashMap<>();
        index(top, byNode);
        new ScopeAnalyzer(m, minor).analyze(top);
        return new SymbolTable(top, byNode);
    }

    private static void index(Scope s, Map<Object, Scope> byNode) {
        byNode.put(s.node(), s);
        for (Scope child : s.children()) {
            index(child, byNode);
        }
    }

    public Scope module() {
        return module;
    }

    /** The scope opened by a FunctionDef, ClassDef, Lambda or comprehension node (identity lookup). */
    public Scope scopeOf(Object node) {
        return byNode.get(node);
    }
}
