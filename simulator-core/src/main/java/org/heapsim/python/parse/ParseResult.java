package org.heapsim.python.parse;

import java.util.List;

import org.heapsim.python.ast.Module;
import org.heapsim.python.scope.SymbolTable;

/**
 * A successfully compiled program: its tree, the compile-time warnings CPython would print (in
 * the order it prints them), and its symbol table ({@code null} after {@link Parser#parseSyntax},
 * which stops before scope analysis).
 */
public record ParseResult(Module module, List<CompileWarning> warnings, SymbolTable symbols) {
}
