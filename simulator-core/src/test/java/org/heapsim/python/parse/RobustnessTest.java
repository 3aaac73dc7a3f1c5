package org.heapsim.python.parse;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Mangled programs (characters deleted, duplicated or swapped) must end in a PySyntaxError or
 * UnsupportedSyntax, never in another exception: the front end has to survive whatever a student types.
 */
class RobustnessTest {
    private static final String NOISE = "()[]{}:,;.=+-*/%'\"\\\n\t #@!<>&|^~0123456789abcdefxyz_ ";

    @Test
    void mangledProgramsFailOnlyWithPythonErrors() throws Exception {
        Random random = new Random(20261122);
        List<Path> programs = ProgramsTest.programs();
        for (int i = 0; i < 3000; i++) {
            Path p = programs.get(random.nextInt(programs.size()));
            String source = mangle(Files.readString(p, StandardCharsets.UTF_8), random);
            int minor = 8 + random.nextInt(6);
            try {
                Parser.parse(source, "prog.py", minor);
            } catch (PySyntaxError | UnsupportedSyntax expected) {
                // a Python-level outcome
            } catch (RuntimeException | StackOverflowError e) {
                fail("3." + minor + " crashed with " + e + " on:\n" + source, e);
            }
        }
    }

    private static String mangle(String source, Random random) {
        StringBuilder s = new StringBuilder(source);
        int edits = 1 + random.nextInt(3);
        for (int k = 0; k < edits && s.length() > 0; k++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(3)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
                default -> s.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
            }
        }
        return s.toString();
    }
}
