package org.heapsim.version;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The version-dependent messages, checked against what CPython printed for corpus programs. */
class MessageTest {
    private static String lastStderrLine(String program, String version) throws Exception {
        String[] lines = Files.readString(Path.of("..", "testdata", "programs", program + ".expected", version + ".stderr")).strip().split("\n");
        return lines[lines.length - 1];
    }

    @Test
    void unboundLocalTextChangedIn311() throws Exception {
        for (PythonVersion v : PythonVersion.values()) {
            String line = lastStderrLine("errors/unbound_local", v.label());
            String name = line.replaceAll(".*variable '([^']+)'.*", "$1");
            assertEquals("UnboundLocalError: " + Message.UNBOUND_LOCAL.format(v.minor(), name), line, v.label());
        }
    }

    @Test
    void latestEntryAtOrBelowTheVersionApplies() {
        assertEquals("float divmod()", Message.FLOAT_FLOORDIV_BY_ZERO.format(8));
        assertEquals("float floor division by zero", Message.FLOAT_FLOORDIV_BY_ZERO.format(13));
        assertEquals("f()", Message.FUNCTION_IN_ARGUMENT_ERRORS.format(9, "f", "K.f"));
        assertEquals("K.f()", Message.FUNCTION_IN_ARGUMENT_ERRORS.format(10, "f", "K.f"));
    }
}
