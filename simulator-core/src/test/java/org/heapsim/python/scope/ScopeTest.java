package org.heapsim.python.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.heapsim.python.parse.Cases;
import org.heapsim.python.parse.Parser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For each snippet of scope/cases.txt, the tree of scopes that get a code object must list the same
 * co_varnames, co_cellvars, co_freevars and generator flag as CPython 3.X (recorded by scope/record.py).
 */
class ScopeTest {

    @TestFactory
    Stream<DynamicTest> codeObjectVariablesMatchCPython() {
        Map<String, String> sources = Cases.sections("/scope/cases.txt");
        return Stream.of(8, 9, 10, 11, 12, 13).flatMap(minor -> {
            Map<String, String> expected = Cases.sections("/scope/expected-3." + minor + ".txt");
            return sources.entrySet().stream().map(e -> DynamicTest.dynamicTest("3." + minor + " " + e.getKey(), () -> {
                SymbolTable table = SymbolTable.build(Parser.parse(e.getValue(), "prog.py", minor).module(), minor);
                List<String> lines = new ArrayList<>();
                render(table.module(), 0, lines);
                assertEquals(expected.get(e.getKey()).stripTrailing(), String.join("\n", lines));
            }));
        });
    }

    /**
     * CPython 3.12+ drop the code object of a lambda that only occurs in statically dead code
     * ({@code (lambda: x) if False else None}); the symbol table keeps its scope.
     */
    private static final Set<String> DEAD_CODE_OBJECTS = Set.of(
            "3.12 cpython-experiments/w1.py", "3.13 cpython-experiments/w1.py");

    /** The same comparison for every program copied from /work/shared (recorded by scope/record_programs.py). */
    @TestFactory
    Stream<DynamicTest> programsMatchCPython() {
        return Stream.of(8, 9, 10, 11, 12, 13).flatMap(minor -> {
            Map<String, String> expected = Cases.sections("/scope/programs-3." + minor + ".txt");
            return expected.entrySet().stream().filter(e -> !DEAD_CODE_OBJECTS.contains("3." + minor + " " + e.getKey())).map(e -> DynamicTest.dynamicTest("3." + minor + " " + e.getKey(), () -> {
                String source = Cases.resource("/parse/programs/" + e.getKey());
                SymbolTable table = Parser.parse(source, e.getKey(), minor).symbols();
                List<String> lines = new ArrayList<>();
                render(table.module(), 0, lines);
                assertEquals(e.getValue().stripTrailing(), String.join("\n", lines));
            }));
        });
    }

    static void render(Scope s, int depth, List<String> out) {
        out.add("  ".repeat(depth) + s);
        for (Scope child : s.children()) {
            render(child, depth + 1, out);
        }
    }
}
