package org.heapsim.python;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.heapsim.python.ast.Alias;
import org.heapsim.python.ast.Arguments;
import org.heapsim.python.ast.ExceptHandler;
import org.heapsim.python.ast.Expr;
import org.heapsim.python.ast.Module;
import org.heapsim.python.ast.Stmt;
import org.heapsim.python.ast.WithItem;

/**
 * What a program's names are, read from its source, for explanations: a name bound only by
 * {@code for} statements is a "for-loop variable, line 14"; a function's name bound only as
 * its parameter is a "parameter". Scopes are keyed by qualified name ({@code <module>} for the
 * globals, {@code make}, {@code Cheese.__init__}, {@code f.<locals>.g}).
 */
public final class BindingNotes {
    /** The key of the module's scope. */
    public static final String MODULE = "<module>";

    private final Map<String, Map<String, String>> notes;

    private BindingNotes(Map<String, Map<String, String>> notes) {
        this.notes = notes;
    }

    /** The notes of a scope's names (empty when none). */
    public Map<String, String> of(String qualname) {
        return notes.getOrDefault(qualname, Map.of());
    }

    public static BindingNotes of(Module module) {
        Map<String, Map<String, List<String>>> kinds = new HashMap<>();
        new Walker(kinds).body(module.body(), new Scope(MODULE, false, false));
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Map.Entry<String, Map<String, List<String>>> scope : kinds.entrySet()) {
            Map<String, String> n = new LinkedHashMap<>();
            scope.getValue().forEach((name, ks) -> {
                String note = note(ks);
                if (note != null) {
                    n.put(name, note);
                }
            });
            out.put(scope.getKey(), n);
        }
        return new BindingNotes(out);
    }

    /** "for-loop variable, line 14" when every binding is a for target; "parameter" when it is only that. */
    private static String note(List<String> kinds) {
        if (kinds.stream().allMatch(k -> k.startsWith("for "))) {
            List<String> lines = kinds.stream().map(k -> k.substring(4)).distinct().toList();
            return "for-loop variable, line" + (lines.size() > 1 ? "s " : " ") + String.join(", ", lines);
        }
        if (kinds.stream().allMatch(k -> k.equals("parameter"))) {
            return "parameter";
        }
        return null;
    }

    private record Scope(String qualname, boolean function, boolean isClass, Set<String> globals) {
        Scope(String qualname, boolean function, boolean isClass) {
            this(qualname, function, isClass, new HashSet<>());
        }

        String child(String name) {
            return qualname.equals(MODULE) ? name : function ? qualname + ".<locals>." + name : qualname + "." + name;
        }
    }

    private static final class Walker {
        private final Map<String, Map<String, List<String>>> kinds;

        Walker(Map<String, Map<String, List<String>>> kinds) {
            this.kinds = kinds;
        }

        private void bind(Scope scope, String name, String kind) {
            String key = scope.globals().contains(name) ? MODULE : scope.qualname();
            kinds.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(name, k -> new ArrayList<>()).add(kind);
        }

        private void target(Scope scope, Expr e, String kind) {
            if (e instanceof Expr.Name n) {
                bind(scope, n.id(), kind);
            } else if (e instanceof Expr.Tuple t) {
                t.elts().forEach(x -> target(scope, x, kind));
            } else if (e instanceof Expr.ListExpr l) {
                l.elts().forEach(x -> target(scope, x, kind));
            } else if (e instanceof Expr.Starred s) {
                target(scope, s.value(), kind);
            }
        }

        void body(List<Stmt> stmts, Scope scope) {
            for (Stmt s : stmts) {
                stmt(s, scope);
            }
        }

        private void stmt(Stmt s, Scope scope) {
            if (s instanceof Stmt.FunctionDef f) {
                bind(scope, f.name(), "def");
                Scope inner = new Scope(scope.child(f.name()), true, false);
                Arguments a = f.args();
                List<Arguments.Arg> params = new ArrayList<>(a.posonlyargs());
                params.addAll(a.args());
                params.addAll(a.kwonlyargs());
                if (a.vararg() != null) {
                    params.add(a.vararg());
                }
                if (a.kwarg() != null) {
                    params.add(a.kwarg());
                }
                for (Arguments.Arg p : params) {
                    bind(inner, p.arg(), "parameter");
                }
                globalsOf(f.body(), inner);
                body(f.body(), inner);
            } else if (s instanceof Stmt.ClassDef c) {
                bind(scope, c.name(), "class");
                body(c.body(), new Scope(scope.child(c.name()), false, true));
            } else if (s instanceof Stmt.Assign a) {
                a.targets().forEach(t -> target(scope, t, "assignment"));
            } else if (s instanceof Stmt.AugAssign a) {
                target(scope, a.target(), "assignment");
            } else if (s instanceof Stmt.AnnAssign a) {
                if (a.value() != null) {
                    target(scope, a.target(), "assignment");
                }
            } else if (s instanceof Stmt.For f) {
                target(scope, f.target(), "for " + f.pos().line());
                body(f.body(), scope);
                body(f.orelse(), scope);
            } else if (s instanceof Stmt.While w) {
                body(w.body(), scope);
                body(w.orelse(), scope);
            } else if (s instanceof Stmt.If i) {
                body(i.body(), scope);
                body(i.orelse(), scope);
            } else if (s instanceof Stmt.With w) {
                for (WithItem item : w.items()) {
                    if (item.optionalVars() != null) {
                        target(scope, item.optionalVars(), "with");
                    }
                }
                body(w.body(), scope);
            } else if (s instanceof Stmt.Try t) {
                body(t.body(), scope);
                for (ExceptHandler h : t.handlers()) {
                    if (h.name() != null) {
                        bind(scope, h.name(), "except");
                    }
                    body(h.body(), scope);
                }
                body(t.orelse(), scope);
                body(t.finalbody(), scope);
            } else if (s instanceof Stmt.Import i) {
                for (Alias al : i.names()) {
                    bind(scope, al.asname() != null ? al.asname() : al.name().split("\\.")[0], "import");
                }
            } else if (s instanceof Stmt.ImportFrom i) {
                for (Alias al : i.names()) {
                    bind(scope, al.asname() != null ? al.asname() : al.name(), "import");
                }
            }
        }

        /** The names a function declares global (anywhere in its own body, not nested functions). */
        private void globalsOf(List<Stmt> stmts, Scope scope) {
            for (Stmt s : stmts) {
                if (s instanceof Stmt.Global g) {
                    scope.globals().addAll(g.names());
                } else if (s instanceof Stmt.For f) {
                    globalsOf(f.body(), scope);
                    globalsOf(f.orelse(), scope);
                } else if (s instanceof Stmt.While w) {
                    globalsOf(w.body(), scope);
                    globalsOf(w.orelse(), scope);
                } else if (s instanceof Stmt.If i) {
                    globalsOf(i.body(), scope);
                    globalsOf(i.orelse(), scope);
                } else if (s instanceof Stmt.With w) {
                    globalsOf(w.body(), scope);
                } else if (s instanceof Stmt.Try t) {
                    globalsOf(t.body(), scope);
                    t.handlers().forEach(h -> globalsOf(h.body(), scope));
                    globalsOf(t.orelse(), scope);
                    globalsOf(t.finalbody(), scope);
                }
            }
        }
    }
}
