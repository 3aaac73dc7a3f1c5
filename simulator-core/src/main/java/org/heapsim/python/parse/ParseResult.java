package org.heapsim.python.parse;

import java.util.List;

import org.heapsim.python.ast.Module;

/** A successfully compiled program: its tree and the compile-time warnings CPython would print, in order. */
public record ParseResult(Module module, List<CompileWarning> warnings) {
}
