package org.heapsim.python.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.heapsim.python.ast.Pos;

/**
 * One block of CPython's symbol table ({@code PySTEntryObject} in {@code Python/symtable.c}) with
 * the results the compiler derives from it: how each name is resolved, and the
 * {@code co_varnames}/{@code co_cellvars}/{@code co_freevars} of the code object it becomes.
 */
public final class Scope {

    /** What kind of block this is; comprehensions and lambdas are function blocks in CPython. */
    public enum Kind {
        MODULE("<module>"), FUNCTION(null), LAMBDA("<lambda>"), CLASS(null), LIST_COMP("<listcomp>"),
        SET_COMP("<setcomp>"), DICT_COMP("<dictcomp>"), GENERATOR_EXP("<genexpr>");

        private final String codeName;

        Kind(String codeName) {
            this.codeName = codeName;
        }

        public boolean isFunctionLike() {
            return this != MODULE && this != CLASS;
        }

        public boolean isComprehension() {
            return this == LIST_COMP || this == SET_COMP || this == DICT_COMP || this == GENERATOR_EXP;
        }
    }

    /** CPython's scope of a name (LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL). */
    public enum Binding { LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL }

    // symtable.c's DEF_* flags
    static final int DEF_GLOBAL = 1;
    static final int DEF_LOCAL = 2;
    static final int DEF_PARAM = 4;
    static final int DEF_NONLOCAL = 8;
    static final int USE = 16;
    static final int DEF_FREE_CLASS = 64;
    static final int DEF_IMPORT = 128;
    static final int DEF_COMP_ITER = 256;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private final Kind kind;
    private final String name;
    private final Pos pos;
    private final Object node;
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    /** Names (String) and nested scopes (Scope) in the order the compiler emits code for them (drives co_varnames). */
    final List<Object> compileOrder = new ArrayList<>();
    final List<Scope> children = new ArrayList<>();
    /** Where each name was first declared global or nonlocal (symtable.c's ste_directives). */
    final Map<String, Pos> directives = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    boolean generator;
    boolean needsClassClosure;
    boolean inlined;
    /** 3.12+ DEF_COMP_CELL: names that are cells inside an inlined comprehension (cells of this code too). */
    final Set<String> compCells = new java.util.HashSet<>();
    boolean free;
    boolean childFree;
    List<String> varnames = List.of();
    List<String> cellvars = List.of();
    List<String> freevars = List.of();

    Scope(Kind kind, String name, Pos pos, Object node) {
        this.kind = kind;
        this.name = name;
        this.pos = pos;
        this.node = node;
    }

    public Kind kind() {
        return kind;
    }

    /** The name as in the symtable ("top", the def/class name, "lambda", "listcomp", ...). */
    public String name() {
        return name;
    }

    /** The code object's co_name: {@code <module>}, the def/class name, {@code <lambda>}, {@code <listcomp>}... */
    public String codeName() {
        return kind.codeName != null ? kind.codeName : name;
    }

    public Pos pos() {
        return pos;
    }

    /** The AST node that opens this scope (Module, FunctionDef, ClassDef, Lambda or comprehension expression). */
    public Object node() {
        return node;
    }

    /** Nested scopes in the order their code objects are created (co_consts order). */
    public List<Scope> children() {
        return Collections.unmodifiableList(children);
    }

    /** Parameter names in co_varnames order: positional-only, positional, keyword-only, *args, **kwargs. */
    public List<String> params() {
        return Collections.unmodifiableList(params);
    }

    public List<String> varnames() {
        return varnames;
    }

    public List<String> cellvars() {
        return cellvars;
    }

    public List<String> freevars() {
        return freevars;
    }

    /** The resolution of a name used or bound in this scope, or null if the scope never mentions it. */
    public Binding binding(String name) {
        return bindings.get(name);
    }

    public Map<String, Binding> bindings() {
        return Collections.unmodifiableMap(bindings);
    }

    public Set<String> explicitGlobals() {
        return namesWith(DEF_GLOBAL);
    }

    public Set<String> nonlocals() {
        return namesWith(DEF_NONLOCAL);
    }

    private Set<String> namesWith(int flag) {
        Set<String> out = new LinkedHashSet<>();
        flags.forEach((n, f) -> {
            if ((f & flag) != 0) {
                out.add(n);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    public boolean isGenerator() {
        return generator;
    }

    /** True for a class whose methods use super() or __class__: the class body gets a __class__ cell. */
    public boolean needsClassClosure() {
        return needsClassClosure;
    }

    /** True for a 3.12+ list/set/dict comprehension inlined into its enclosing scope (PEP 709): no code object. */
    public boolean isInlined() {
        return inlined;
    }

    /**
     * 3.12's push_inlined_comprehension_state: the names an inlined comprehension saves (and
     * clears) in its enclosing frame, in symbol-table order: those it binds, or every symbol
     * when it is inlined directly into a class body.
     */
    public List<String> isolatedNames(boolean inClassBlock) {
        List<String> out = new ArrayList<>();
        flags.forEach((n, f) -> {
            if (((f & DEF_LOCAL) != 0 && (f & DEF_NONLOCAL) == 0) || inClassBlock) {
                out.add(n);
            }
        });
        return out;
    }

    @Override
    public String toString() {
        return codeName() + "|" + String.join(",", varnames) + "|" + String.join(",", cellvars) + "|"
                + String.join(",", freevars) + "|" + generator;
    }
}
