/**
 * The syntax tree of heapsim's Python front end, shaped like CPython's {@code ast} module
 * ({@code Parser/Python.asdl}, 3.11 shapes): sealed interfaces {@link org.heapsim.python.ast.Stmt}
 * and {@link org.heapsim.python.ast.Expr} whose nodes are records, each carrying a
 * {@link org.heapsim.python.ast.Pos} (1-based lines and columns; columns count characters where
 * CPython's col_offset counts UTF-8 bytes). {@link org.heapsim.python.ast.AstDump} prints a tree
 * exactly as {@code ast.dump()} does, which is how the parser is tested against CPython.
 */
package org.heapsim.python.ast;
