package org.heapsim.python.ast;

import java.util.List;

/**
 * Statement nodes, mirroring CPython's {@code stmt} in {@code Parser/Python.asdl} (3.11 shapes).
 * Optional children are {@code null}. Lists are unmodifiable.
 */
public sealed interface Stmt {

    Pos pos();

    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
                       Pos pos) implements Stmt {
    }

    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decoratorList, Pos pos) implements Stmt {
    }

    record Return(Expr value, Pos pos) implements Stmt {
    }

    record Delete(List<Expr> targets, Pos pos) implements Stmt {
    }

    record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {
    }

    record AugAssign(Expr target, Operator op, Expr value, Pos pos) implements Stmt {
    }

    /** simple is true when the target is a bare, unparenthesized name (CPython's {@code simple=1}). */
    record AnnAssign(Expr target, Expr annotation, Expr value, boolean simple, Pos pos) implements Stmt {
    }

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    record While(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    record If(Expr test, List<Stmt> body, List<Stmt> orelse, Pos pos) implements Stmt {
    }

    record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {
    }

    record Raise(Expr exc, Expr cause, Pos pos) implements Stmt {
    }

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
               Pos pos) implements Stmt {
    }

    record Assert(Expr test, Expr msg, Pos pos) implements Stmt {
    }

    record Import(List<Alias> names, Pos pos) implements Stmt {
    }

    /** module is null for {@code from . import x}; level counts the leading dots. */
    record ImportFrom(String module, List<Alias> names, int level, Pos pos) implements Stmt {
    }

    record Global(List<String> names, Pos pos) implements Stmt {
    }

    record Nonlocal(List<String> names, Pos pos) implements Stmt {
    }

    /** CPython's {@code Expr} statement; renamed because {@link org.heapsim.python.ast.Expr} is taken. */
    record ExprStmt(Expr value, Pos pos) implements Stmt {
    }

    record Pass(Pos pos) implements Stmt {
    }

    record Break(Pos pos) implements Stmt {
    }

    record Continue(Pos pos) implements Stmt {
    }
}
