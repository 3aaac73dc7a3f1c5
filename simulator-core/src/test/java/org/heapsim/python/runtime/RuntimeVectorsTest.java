package org.heapsim.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** hash() and repr(float) against values recorded from CPython 3.10 and 3.11 (record_vectors.py). */
class RuntimeVectorsTest {
    @TestFactory
    Stream<DynamicTest> vectors() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (int minor : new int[] {10, 11}) {
            try (InputStream in = getClass().getResourceAsStream("/runtime/vectors-3." + minor + ".tsv")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    String[] f = line.split("\t");
                    tests.add(DynamicTest.dynamicTest("3." + minor + " " + line, () -> check(minor, f)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(int minor, String[] f) {
        switch (f[0]) {
            case "str" -> {
                StringBuilder sb = new StringBuilder();
                if (!f[1].equals("-")) {
                    for (String cp : f[1].split(" ")) {
                        sb.appendCodePoint(Integer.parseInt(cp, 16));
                    }
                }
                assertEquals(Long.parseLong(f[2]), Hashes.str(sb.toString(), minor));
            }
            case "bytes" -> assertEquals(Long.parseLong(f[2]),
                    Hashes.bytes(f[1].equals("-") ? new byte[0] : HexFormat.of().parseHex(f[1]), minor));
            case "tuple" -> {
                long[] items = f[1].equals("-") ? new long[0]
                        : Arrays.stream(f[1].split(" ")).mapToLong(Long::parseLong).toArray();
                assertEquals(Long.parseLong(f[2]), Hashes.tuple(items));
            }
            default -> {
                double v = Double.parseDouble(hexToJava(f[1]));
                assertEquals(f[2], FloatRepr.repr(v));
                assertEquals(Long.parseLong(f[3]), Hashes.floating(v));
            }
        }
    }

    /** Python's float.hex() ('0x1.8000000000000p+0', 'inf') to a Java-parsable literal. */
    private static String hexToJava(String h) {
        return switch (h) {
            case "inf" -> "Infinity";
            case "-inf" -> "-Infinity";
            default -> h;
        };
    }
}
