package org.heapsim.python.ast;

import java.util.List;

/**
 * CPython's {@code arguments}: defaults belong to the last {@code defaults.size()} of
 * posonlyargs+args; kwDefaults is parallel to kwonlyargs with {@code null} for "no default".
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {

    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());

    /** A parameter; annotation is null when absent. */
    public record Arg(String arg, Expr annotation, Pos pos) {
    }
}
