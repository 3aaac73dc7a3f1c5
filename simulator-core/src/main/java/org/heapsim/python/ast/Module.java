package org.heapsim.python.ast;

import java.util.List;

/**
 * A parsed program: its statements, the file name used in messages and the source lines
 * (without line terminators) that tracebacks print.
 */
public record Module(List<Stmt> body, String fileName, List<String> sourceLines) {

    /** The 1-based line, or "" past the end, as linecache would give it. */
    public String sourceLine(int line) {
        return line >= 1 && line <= sourceLines.size() ? sourceLines.get(line - 1) : "";
    }
}
