package org.heapsim.python.scope;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.heapsim.python.ast.Module;
import org.heapsim.python.ast.Pos;
import org.heapsim.python.parse.PySyntaxError;
import org.heapsim.python.parse.SyntaxMessages;

/**
 * Second pass of {@code Python/symtable.c} (analyze_block, analyze_name, analyze_cells,
 * update_symbols, and 3.12's inline_comprehension), then the variable lists
 * {@code Python/compile.c} derives from the result (dictbytype, compute_localsplus_info).
 */
final class ScopeAnalyzer {
    private final Module module;
    private final int minor;
    private final SyntaxMessages messages;

    ScopeAnalyzer(Module module, int minor) {
        this.module = module;
        this.minor = minor;
        this.messages = new SyntaxMessages(minor);
    }

    void analyze(Scope top) {
        analyzeBlock(top, null, new HashSet<>(), new HashSet<>());
        computeVariables(top);
    }

    // ---- symtable.c ----------------------------------------------------------------------

    private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Map<String, Scope.Binding> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        boolean isClass = ste.kind() == Scope.Kind.CLASS;
        if (isClass) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.flags.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (!isClass) {
            if (ste.kind().isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();
        for (Scope child : List.copyOf(ste.children)) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            if (child.free || child.childFree) {
                ste.childFree = true;
            }
            if (isInlinedComprehension(child)) {
                inline(ste, child, scopes, childFree, inlinedCells);
            }
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);
        if (ste.kind().isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (isClass && newFree.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        for (String name : inlinedCells) {
            if (ste.flags.containsKey(name)) {
                ste.compCells.add(name); // update_symbols: DEF_COMP_CELL
            }
        }
        updateSymbols(ste, scopes, bound, newFree, isClass);
        free.addAll(newFree);
    }

    /** PEP 709: from 3.12 every comprehension except a generator expression is inlined. */
    private boolean isInlinedComprehension(Scope child) {
        return minor >= 12 && child.kind().isComprehension() && child.kind() != Scope.Kind.GENERATOR_EXP;
    }

    private void analyzeName(Scope ste, Map<String, Scope.Binding> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw error(ste.directives.getOrDefault(name, ste.pos()), messages.nonlocalAndGlobal(name));
            }
            scopes.put(name, Scope.Binding.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            Pos at = ste.directives.getOrDefault(name, ste.pos());
            if (bound == null) {
                throw error(at, messages.nonlocalAtModuleLevel());
            }
            if (!bound.contains(name)) {
                throw error(at, messages.noBindingForNonlocal(name));
            }
            scopes.put(name, Scope.Binding.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            scopes.put(name, Scope.Binding.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, Scope.Binding.FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        scopes.put(name, Scope.Binding.GLOBAL_IMPLICIT);
    }

    /** 3.12's inline_comprehension: the comprehension's names move into the enclosing block. */
    private void inline(Scope ste, Scope comp, Map<String, Scope.Binding> scopes, Set<String> compFree,
                        Set<String> inlinedCells) {
        comp.inlined = true;
        for (Map.Entry<String, Integer> e : comp.flags.entrySet()) {
            String name = e.getKey();
            int flags = e.getValue();
            if ((flags & Scope.DEF_PARAM) != 0) {
                continue;
            }
            Scope.Binding scope = comp.bindings.get(name);
            if (scope == Scope.Binding.CELL) {
                inlinedCells.add(name);
            }
            Integer existing = ste.flags.get(name);
            if (existing == null) {
                ste.flags.put(name, flags);
                scopes.put(name, scope);
            } else if ((existing & Scope.DEF_BOUND) != 0 && !isFreeInAnyChild(comp, name)
                    && ste.kind() != Scope.Kind.CLASS) {
                compFree.remove(name);
            }
        }
        int at = ste.children.indexOf(comp);
        ste.children.remove(at);
        ste.children.addAll(at, comp.children);
    }

    private static boolean isFreeInAnyChild(Scope comp, String name) {
        for (Scope child : comp.children) {
            Scope.Binding b = child.bindings.get(name);
            if (b == Scope.Binding.FREE || (child.flags.getOrDefault(name, 0) & Scope.DEF_FREE_CLASS) != 0) {
                return true;
            }
        }
        return false;
    }

    private static void analyzeCells(Map<String, Scope.Binding> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Scope.Binding> e : scopes.entrySet()) {
            if (e.getValue() != Scope.Binding.LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(Scope.Binding.CELL);
            free.remove(name);
        }
    }

    private static void updateSymbols(Scope ste, Map<String, Scope.Binding> scopes, Set<String> bound,
                                      Set<String> free, boolean isClass) {
        for (String name : ste.flags.keySet()) {
            ste.bindings.put(name, scopes.get(name));
        }
        for (String name : sorted(free)) {
            Integer flags = ste.flags.get(name);
            if (flags != null) {
                if (isClass && (flags & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    ste.flags.put(name, flags | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            ste.flags.put(name, 0);
            ste.bindings.put(name, Scope.Binding.FREE);
        }
    }

    // ---- compile.c -----------------------------------------------------------------------

    private void computeVariables(Scope s) {
        List<String> varnames = new ArrayList<>(s.params);
        Set<String> seen = new LinkedHashSet<>(varnames);
        collectVarnames(s, s, seen, false);
        s.varnames = List.copyOf(seen);
        List<String> cells = new ArrayList<>();
        List<String> frees = new ArrayList<>();
        s.bindings.forEach((name, b) -> {
            if (b == Scope.Binding.CELL || s.compCells.contains(name)) {
                cells.add(name); // dictbytype(symbols, CELL, DEF_COMP_CELL)
            }
            if (b == Scope.Binding.FREE || (s.flags.getOrDefault(name, 0) & Scope.DEF_FREE_CLASS) != 0) {
                frees.add(name);
            }
        });
        if (s.needsClassClosure) {
            cells.add("__class__");
        }
        s.cellvars = orderCells(s, cells);
        s.freevars = sorted(frees);
        for (Scope child : s.children) {
            computeVariables(child);
        }
    }

    /**
     * Fast locals in the order the compiler first emits them. A 3.12+ inlined comprehension first
     * saves the outer values of its names (push_inlined_comprehension_state: LOAD_FAST_AND_CLEAR of
     * every local it binds, or of every symbol when inlined directly into a class body).
     */
    private void collectVarnames(Scope owner, Scope s, Set<String> out, boolean insideInlined) {
        if (s != owner) {
            boolean inClassBlock = owner.kind() == Scope.Kind.CLASS && !insideInlined;
            s.flags.forEach((name, flags) -> {
                boolean boundHere = (flags & Scope.DEF_LOCAL) != 0 && (flags & Scope.DEF_NONLOCAL) == 0;
                if (boundHere || inClassBlock) {
                    out.add(name);
                }
            });
        }
        for (Object item : s.compileOrder) {
            if (item instanceof Scope child) {
                if (child.inlined) {
                    collectVarnames(owner, child, out, s != owner);
                }
            } else if (owner.kind().isFunctionLike() && owner.bindings.get((String) item) == Scope.Binding.LOCAL) {
                out.add((String) item);
            }
        }
    }

    /** 3.11+ list cell parameters first (localsplus order), then the other cells sorted; before, all sorted. */
    private List<String> orderCells(Scope s, List<String> cells) {
        List<String> sortedCells = sorted(cells);
        if (minor < 11) {
            return sortedCells;
        }
        List<String> out = new ArrayList<>();
        for (String v : s.varnames) {
            if (sortedCells.contains(v)) {
                out.add(v);
            }
        }
        for (String c : sortedCells) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> sorted(java.util.Collection<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort(ScopeAnalyzer::compareCodePoints);
        return List.copyOf(out);
    }

    /** Python sorts str by code point; String.compareTo compares UTF-16 units, which differs only beyond the BMP. */
    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private PySyntaxError error(Pos pos, String message) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, message, module.fileName(), pos.line(), pos.col(),
                pos.endLine(), pos.endCol(), module.sourceLine(pos.line()));
    }
}
