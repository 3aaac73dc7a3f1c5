package org.heapsim.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.heapsim.heap.PyError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** format(value, spec) and repr(str) against values recorded from CPython 3.11 (record_format.py). */
class FormatSpecTest {
    @TestFactory
    Stream<DynamicTest> recordedFormats() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/runtime/format-3.11.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.split("\t", -1);
                tests.add(DynamicTest.dynamicTest(line, () -> assertEquals(f[3], format(f[0], f[1], f[2]))));
            }
        }
        return tests.stream();
    }

    private static String format(String kind, String value, String spec) {
        try {
            FormatSpec fs = FormatSpec.parse(spec);
            return switch (kind) {
                case "int" -> fs.formatInt(new BigInteger(value));
                case "float" -> fs.formatFloat(parseHex(value));
                default -> fs.formatStr(unquote(value));
            };
        } catch (PyError e) {
            return e.getMessage();
        }
    }

    private static double parseHex(String h) {
        return switch (h) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(h);
        };
    }

    private static String unquote(String repr) {
        return repr.substring(1, repr.length() - 1);
    }
}
