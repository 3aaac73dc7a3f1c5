package org.heapsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading the file a command is given, with the user-facing message when that fails. */
final class InputFiles {
    private InputFiles() {
    }

    /** The file's text (UTF-8), or null after printing {@code heapsim: FILE: no such file} (or why it cannot be read). */
    static String read(Path file, PrintWriter err) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println("heapsim: " + file + ": no such file");
        } catch (IOException e) {
            err.println("heapsim: " + file + ": cannot read: " + e.getMessage());
        }
        return null;
    }
}
