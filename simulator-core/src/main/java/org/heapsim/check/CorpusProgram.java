package org.heapsim.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.heapsim.version.PythonVersion;

/**
 * A program of the conformance corpus and what CPython did with it, as recorded by
 * scripts/record-cpython.py beside it: {@code NAME.expected/3.X.stdout}, {@code .stderr},
 * {@code .status}.
 */
public record CorpusProgram(Path source, String area, String name) {

    /** Every {@code *.py} under root with recorded outputs, in a stable order. */
    public static List<CorpusProgram> findAll(Path root) {
        List<CorpusProgram> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                if (p.toString().contains(".expected") || p.getFileName().toString().startsWith("_")) {
                    continue;
                }
                Path rel = root.relativize(p);
                String area = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                String stem = p.getFileName().toString().replaceFirst("\\.py$", "");
                out.add(new CorpusProgram(p, area, stem));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public String id() {
        return area.isEmpty() ? name : area + "/" + name;
    }

    public String text() throws IOException {
        return Files.readString(source, StandardCharsets.UTF_8);
    }

    private Path expectedDir() {
        return source.resolveSibling(name + ".expected");
    }

    /** CPython's recorded outcome for a version, if recorded. */
    public Optional<Outcome> expected(PythonVersion v) throws IOException {
        Path dir = expectedDir();
        Path status = dir.resolve(v.label() + ".status");
        if (!Files.exists(status)) {
            return Optional.empty();
        }
        return Optional.of(new Outcome(
                Files.readString(dir.resolve(v.label() + ".stdout"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve(v.label() + ".stderr"), StandardCharsets.UTF_8),
                Integer.parseInt(Files.readString(status).strip())));
    }
}
