/**
 * Scope analysis mirroring CPython's {@code Python/symtable.c}: for every module, class, function,
 * lambda and comprehension scope, how each name resolves (local, cell, free, global) and the
 * {@code co_varnames}/{@code co_cellvars}/{@code co_freevars} of the code object CPython would
 * build, per version (3.12+ inline list/set/dict comprehensions, PEP 709). Entry point:
 * {@link org.heapsim.python.scope.SymbolTable#build}.
 */
package org.heapsim.python.scope;
