/**
 * Source text to syntax tree, as CPython 3.8–3.13 compile it.
 *
 * <p>Entry point: {@link org.heapsim.python.parse.Parser#parse(String, String, int)} returns a
 * {@link org.heapsim.python.parse.ParseResult} (tree, symbol table, SyntaxWarnings) or throws
 * {@link org.heapsim.python.parse.PySyntaxError} (CPython's SyntaxError/IndentationError/TabError
 * text and position for that version) or {@link org.heapsim.python.parse.UnsupportedSyntax} (valid
 * Python outside heapsim's subset). Pipeline: {@link org.heapsim.python.parse.Tokenizer}
 * ({@code Parser/tokenizer.c}) → {@code StatementParser}/{@code ExpressionParser} (recursive
 * descent over {@code Grammar/python.gram}) with {@code StringParser} for literals and f-strings →
 * {@link org.heapsim.python.scope.SymbolTable} ({@code Python/symtable.c}) → {@code ContextChecker}
 * ({@code Python/compile.c}'s 'return'/'break'/'yield' placement errors). Every message whose text
 * depends on the version lives in {@link org.heapsim.python.parse.SyntaxMessages}.
 */
package org.heapsim.python.parse;
