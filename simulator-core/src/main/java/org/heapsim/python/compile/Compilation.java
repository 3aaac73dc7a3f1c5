package org.heapsim.python.compile;

import org.heapsim.python.scope.SymbolTable;
import org.heapsim.python.vm.ConstantObjects;
import org.heapsim.version.VersionPolicy;

/** What every code object of one file is compiled against: the file, its symbol table, the version, the constants. */
record Compilation(String fileName, SymbolTable symbols, VersionPolicy policy, ConstantObjects constants) {
}
