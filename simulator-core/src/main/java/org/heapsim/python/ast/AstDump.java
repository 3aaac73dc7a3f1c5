package org.heapsim.python.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.heapsim.python.runtime.FloatRepr;
import org.heapsim.python.runtime.StrRepr;

/**
 * Renders a tree exactly as CPython 3.11's {@code ast.expr(node)} does (Lib/ast.py: fields in
 * ASDL order, optional fields that are None omitted, values as {@code repr()}), so that parser
 * tests can compare against output recorded from the real interpreter.
 */
public final class AstDump {
    private final boolean positions;

    private AstDump(boolean positions) {
        this.positions = positions;
    }

    public static String dump(Module m) {
        return new AstDump(false).module(m);
    }

    /** Like {@code ast.expr(tree, include_attributes=True)}: every node with a position also shows it (0-based columns). */
    public static String dumpWithPositions(Module m) {
        return new AstDump(true).module(m);
    }

    public static String dump(Expr e) {
        return new AstDump(false).expr(e);
    }

    private String module(Module m) {
        return node("Module", null, field("body", stmts(m.body())), field("type_ignores", "[]"));
    }

    private String stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            return node("FunctionDef", s.pos(), field("name", str(f.name())), field("args", arguments(f.args())),
                    field("body", stmts(f.body())), field("decorator_list", exprs(f.decoratorList())),
                    optional("returns", f.returns()));
        }
        if (s instanceof Stmt.ClassDef c) {
            List<String> kws = new ArrayList<>();
            c.keywords().forEach(k -> kws.add(keyword(k)));
            return node("ClassDef", s.pos(), field("name", str(c.name())), field("bases", exprs(c.bases())),
                    field("keywords", list(kws)), field("body", stmts(c.body())),
                    field("decorator_list", exprs(c.decoratorList())));
        }
        if (s instanceof Stmt.Return r) {
            return node("Return", s.pos(), optional("value", r.value()));
        }
        if (s instanceof Stmt.Delete d) {
            return node("Delete", s.pos(), field("targets", exprs(d.targets())));
        }
        if (s instanceof Stmt.Assign a) {
            return node("Assign", s.pos(), field("targets", exprs(a.targets())), field("value", expr(a.value())));
        }
        if (s instanceof Stmt.AugAssign a) {
            return node("AugAssign", s.pos(), field("target", expr(a.target())), field("op", a.op().name() + "()"),
                    field("value", expr(a.value())));
        }
        if (s instanceof Stmt.AnnAssign a) {
            return node("AnnAssign", s.pos(), field("target", expr(a.target())), field("annotation", expr(a.annotation())),
                    optional("value", a.value()), field("simple", a.simple() ? "1" : "0"));
        }
        if (s instanceof Stmt.For f) {
            return node("For", s.pos(), field("target", expr(f.target())), field("iter", expr(f.iter())),
                    field("body", stmts(f.body())), field("orelse", stmts(f.orelse())));
        }
        if (s instanceof Stmt.While w) {
            return node("While", s.pos(), field("test", expr(w.test())), field("body", stmts(w.body())),
                    field("orelse", stmts(w.orelse())));
        }
        if (s instanceof Stmt.If i) {
            return node("If", s.pos(), field("test", expr(i.test())), field("body", stmts(i.body())),
                    field("orelse", stmts(i.orelse())));
        }
        if (s instanceof Stmt.With w) {
            List<String> items = new ArrayList<>();
            for (WithItem item : w.items()) {
                items.add(node("withitem", null, field("context_expr", expr(item.contextExpr())),
                        optional("optional_vars", item.optionalVars())));
            }
            return node("With", s.pos(), field("items", list(items)), field("body", stmts(w.body())));
        }
        if (s instanceof Stmt.Raise r) {
            return node("Raise", s.pos(), optional("exc", r.exc()), optional("cause", r.cause()));
        }
        if (s instanceof Stmt.Try t) {
            List<String> handlers = new ArrayList<>();
            for (ExceptHandler h : t.handlers()) {
                handlers.add(node("ExceptHandler", h.pos(), optional("type", h.type()),
                        h.name() == null ? null : field("name", str(h.name())), field("body", stmts(h.body()))));
            }
            return node("Try", s.pos(), field("body", stmts(t.body())), field("handlers", list(handlers)),
                    field("orelse", stmts(t.orelse())), field("finalbody", stmts(t.finalbody())));
        }
        if (s instanceof Stmt.Assert a) {
            return node("Assert", s.pos(), field("test", expr(a.test())), optional("msg", a.msg()));
        }
        if (s instanceof Stmt.Import i) {
            return node("Import", s.pos(), field("names", aliases(i.names())));
        }
        if (s instanceof Stmt.ImportFrom i) {
            return node("ImportFrom", s.pos(), i.module() == null ? null : field("module", str(i.module())),
                    field("names", aliases(i.names())), field("level", Integer.toString(i.level())));
        }
        if (s instanceof Stmt.Global g) {
            return node("Global", s.pos(), field("names", strs(g.names())));
        }
        if (s instanceof Stmt.Nonlocal n) {
            return node("Nonlocal", s.pos(), field("names", strs(n.names())));
        }
        if (s instanceof Stmt.ExprStmt e) {
            return node("Expr", s.pos(), field("value", expr(e.value())));
        }
        if (s instanceof Stmt.Pass) {
            return node("Pass", s.pos());
        }
        if (s instanceof Stmt.Break) {
            return node("Break", s.pos());
        }
        if (s instanceof Stmt.Continue) {
            return node("Continue", s.pos());
        }
        throw new IllegalArgumentException(s.toString());
    }

    private String expr(Expr e) {
        if (e == null) {
            return "None";
        }
        if (e instanceof Expr.BoolOp b) {
            return node("BoolOp", e.pos(), field("op", b.op().name() + "()"), field("values", exprs(b.values())));
        }
        if (e instanceof Expr.NamedExpr n) {
            return node("NamedExpr", e.pos(), field("target", expr(n.target())), field("value", expr(n.value())));
        }
        if (e instanceof Expr.BinOp b) {
            return node("BinOp", e.pos(), field("left", expr(b.left())), field("op", b.op().name() + "()"),
                    field("right", expr(b.right())));
        }
        if (e instanceof Expr.UnaryOp u) {
            return node("UnaryOp", e.pos(), field("op", u.op().name() + "()"), field("operand", expr(u.operand())));
        }
        if (e instanceof Expr.Lambda l) {
            return node("Lambda", e.pos(), field("args", arguments(l.args())), field("body", expr(l.body())));
        }
        if (e instanceof Expr.IfExp i) {
            return node("IfExp", e.pos(), field("test", expr(i.test())), field("body", expr(i.body())),
                    field("orelse", expr(i.orelse())));
        }
        if (e instanceof Expr.Dict d) {
            return node("Dict", e.pos(), field("keys", exprs(d.keys())), field("values", exprs(d.values())));
        }
        if (e instanceof Expr.Set s) {
            return node("Set", e.pos(), field("elts", exprs(s.elts())));
        }
        if (e instanceof Expr.ListComp c) {
            return node("ListComp", e.pos(), field("elt", expr(c.elt())), field("generators", generators(c.generators())));
        }
        if (e instanceof Expr.SetComp c) {
            return node("SetComp", e.pos(), field("elt", expr(c.elt())), field("generators", generators(c.generators())));
        }
        if (e instanceof Expr.DictComp c) {
            return node("DictComp", e.pos(), field("key", expr(c.key())), field("value", expr(c.value())),
                    field("generators", generators(c.generators())));
        }
        if (e instanceof Expr.GeneratorExp c) {
            return node("GeneratorExp", e.pos(), field("elt", expr(c.elt())), field("generators", generators(c.generators())));
        }
        if (e instanceof Expr.Yield y) {
            return node("Yield", e.pos(), optional("value", y.value()));
        }
        if (e instanceof Expr.YieldFrom y) {
            return node("YieldFrom", e.pos(), field("value", expr(y.value())));
        }
        if (e instanceof Expr.Compare c) {
            List<String> ops = new ArrayList<>();
            c.ops().forEach(op -> ops.add(op.name() + "()"));
            return node("Compare", e.pos(), field("left", expr(c.left())), field("ops", list(ops)),
                    field("comparators", exprs(c.comparators())));
        }
        if (e instanceof Expr.Call c) {
            List<String> kws = new ArrayList<>();
            c.keywords().forEach(k -> kws.add(keyword(k)));
            return node("Call", e.pos(), field("func", expr(c.func())), field("args", exprs(c.args())),
                    field("keywords", list(kws)));
        }
        if (e instanceof Expr.FormattedValue f) {
            return node("FormattedValue", e.pos(), field("value", expr(f.value())),
                    field("conversion", Integer.toString(f.conversion())), optional("format_spec", f.formatSpec()));
        }
        if (e instanceof Expr.JoinedStr j) {
            return node("JoinedStr", e.pos(), field("values", exprs(j.values())));
        }
        if (e instanceof Expr.Constant c) {
            return node("Constant", e.pos(), field("value", PyRepr.constant(c.value())),
                    c.kind() == null ? null : field("kind", str(c.kind())));
        }
        if (e instanceof Expr.Attribute a) {
            return node("Attribute", e.pos(), field("value", expr(a.value())), field("attr", str(a.attr())), ctx(a.ctx()));
        }
        if (e instanceof Expr.Subscript s) {
            return node("Subscript", e.pos(), field("value", expr(s.value())), field("slice", expr(s.slice())), ctx(s.ctx()));
        }
        if (e instanceof Expr.Starred s) {
            return node("Starred", e.pos(), field("value", expr(s.value())), ctx(s.ctx()));
        }
        if (e instanceof Expr.Name n) {
            return node("Name", e.pos(), field("id", str(n.id())), ctx(n.ctx()));
        }
        if (e instanceof Expr.ListExpr l) {
            return node("List", e.pos(), field("elts", exprs(l.elts())), ctx(l.ctx()));
        }
        if (e instanceof Expr.Tuple t) {
            return node("Tuple", e.pos(), field("elts", exprs(t.elts())), ctx(t.ctx()));
        }
        if (e instanceof Expr.Slice s) {
            return node("Slice", e.pos(), optional("lower", s.lower()), optional("upper", s.upper()),
                    optional("step", s.step()));
        }
        throw new IllegalArgumentException(e.toString());
    }

    private String arguments(Arguments a) {
        return node("arguments", null, field("posonlyargs", args(a.posonlyargs())), field("args", args(a.args())),
                a.vararg() == null ? null : field("vararg", arg(a.vararg())), field("kwonlyargs", args(a.kwonlyargs())),
                field("kw_defaults", exprs(a.kwDefaults())), a.kwarg() == null ? null : field("kwarg", arg(a.kwarg())),
                field("defaults", exprs(a.defaults())));
    }

    private String args(List<Arguments.Arg> args) {
        List<String> out = new ArrayList<>();
        args.forEach(a -> out.add(arg(a)));
        return list(out);
    }

    private String arg(Arguments.Arg a) {
        return node("arg", a.pos(), field("arg", str(a.arg())), optional("annotation", a.annotation()));
    }

    private String keyword(Keyword k) {
        return node("keyword", k.pos(), k.arg() == null ? null : field("arg", str(k.arg())), field("value", expr(k.value())));
    }

    private String aliases(List<Alias> aliases) {
        List<String> out = new ArrayList<>();
        for (Alias a : aliases) {
            out.add(node("alias", a.pos(), field("name", str(a.name())), a.asname() == null ? null : field("asname", str(a.asname()))));
        }
        return list(out);
    }

    private String generators(List<Comprehension> gens) {
        List<String> out = new ArrayList<>();
        for (Comprehension g : gens) {
            out.add(node("comprehension", null, field("target", expr(g.target())), field("iter", expr(g.iter())),
                    field("ifs", exprs(g.ifs())), field("is_async", "0")));
        }
        return list(out);
    }

    private String ctx(Ctx ctx) {
        return field("ctx", ctx.name() + "()");
    }

    private String stmts(List<Stmt> body) {
        List<String> out = new ArrayList<>();
        body.forEach(s -> out.add(stmt(s)));
        return list(out);
    }

    private String exprs(List<Expr> es) {
        List<String> out = new ArrayList<>();
        es.forEach(e -> out.add(expr(e)));
        return list(out);
    }

    private String strs(List<String> names) {
        List<String> out = new ArrayList<>();
        names.forEach(n -> out.add(str(n)));
        return list(out);
    }

    private String list(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private String field(String name, String value) {
        return name + "=" + value;
    }

    private String optional(String name, Expr value) {
        return value == null ? null : field(name, expr(value));
    }

    private String node(String name, Pos pos, String... fields) {
        List<String> present = new ArrayList<>();
        for (String f : fields) {
            if (f != null) {
                present.add(f);
            }
        }
        if (positions && pos != null) {
            present.add("lineno=" + pos.line());
            present.add("col_offset=" + pos.colOffset());
            present.add("end_lineno=" + pos.endLine());
            present.add("end_col_offset=" + pos.endColOffset());
        }
        return name + "(" + String.join(", ", present) + ")";
    }

    private String str(String s) {
        return PyRepr.str(s);
    }

    /** Python's repr() of the constant types. */
    public static final class PyRepr {
        private PyRepr() {
        }

        public static String constant(Object v) {
            if (v instanceof BigInteger i) {
                return i.toString();
            }
            if (v instanceof Double d) {
                return floatRepr(d);
            }
            if (v instanceof String s) {
                return str(s);
            }
            if (v instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (v instanceof ConstantValue.Bytes b) {
                return bytes(b.value());
            }
            if (v instanceof ConstantValue.Imaginary im) {
                String r = floatRepr(im.imag());
                return (r.endsWith(".0") ? r.substring(0, r.length() - 2) : r) + "j";
            }
            if (v == ConstantValue.Singleton.NONE) {
                return "None";
            }
            if (v == ConstantValue.Singleton.ELLIPSIS) {
                return "Ellipsis";
            }
            throw new IllegalArgumentException(String.valueOf(v));
        }

        /** float.__repr__ (shortest round-trip digits). */
        public static String floatRepr(double d) {
            return FloatRepr.repr(d);
        }

        public static String str(String s) {
            return StrRepr.repr(s);
        }

        public static String bytes(byte[] b) {
            return StrRepr.reprBytes(b);
        }
    }
}
