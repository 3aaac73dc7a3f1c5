package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Valid Python outside heapsim's subset is rejected with the construct's name and position. */
class UnsupportedSyntaxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x = 1\\nasync def f():\\n    pass\\n|2|1|'async def'",
        "async with a:\\n    pass\\n|1|1|'async with'",
        "async for x in y:\\n    pass\\n|1|1|'async for'",
        "@dec\\nasync def f():\\n    pass\\n|2|1|'async def'",
        "def f():\\n    return await g()\\n|2|12|'await'",
        "def f():\\n    return [x async for x in y]\\n|2|15|'async for'",
        "match command:\\n    case 1:\\n        pass\\n|1|1|'match' statement",
        "match (a, b):\\n    case _:\\n        pass\\n|1|1|'match' statement",
        "if x:\\n    match x:\\n        case _:\\n            pass\\n|2|5|'match' statement",
        "type Point = tuple[int, int]\\n|1|1|'type' statement",
        "class A(metaclass=M):\\n    pass\\n|1|9|'metaclass='",
        "try:\\n    pass\\nexcept* ValueError:\\n    pass\\n|3|1|'except*'",
        "s = '\\N{BULLET}'\\n|1|5|'\\N{...}' escape",
    })
    void rejectsWithConstructAndPosition(String source, int line, int col, String construct) {
        UnsupportedSyntax e = assertThrows(UnsupportedSyntax.class,
                () -> Parser.parse(source.replace("\\n", "\n"), "prog.py", 12));
        assertEquals(construct, e.construct());
        assertEquals(line, e.line());
        assertEquals(col, e.col());
        assertEquals("prog.py:" + line + ":" + col + ": " + construct + " is not supported", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "match = 1\nprint(match)\nmatch.x = 2\nmatch[0] = 3\nmatch(1, 2)\n",
        "type = 5\ntype(x)\nprint(type)\n",
        "case = 1\n_ = case\n",
    })
    void softKeywordsAsNamesStillWork(String source) {
        for (int minor = 8; minor <= 13; minor++) {
            Parser.parse(source, "prog.py", minor);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 9})
    void matchStatementIsASyntaxErrorBefore310(int minor) {
        PySyntaxError e = assertThrows(PySyntaxError.class,
                () -> Parser.parse("match x:\n    case 1:\n        pass\n", "prog.py", minor));
        assertEquals("invalid syntax", e.pyMessage());
    }
}
