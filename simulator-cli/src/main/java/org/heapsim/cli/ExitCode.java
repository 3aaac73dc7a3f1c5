package org.heapsim.cli;

/**
 * The exit statuses of the heapsim command. For {@code heapsim run} the status is the
 * simulated program's own (0, 1 for an uncaught exception, n for {@code sys.exit(n)}), as
 * CPython's would be.
 */
public enum ExitCode {
    /** Everything passed / the program exited normally. */
    OK(0),
    /** An expectation failed, a conformance check mismatched, or the program raised. */
    FAILED(1),
    /** Bad usage or bad input: a malformed trace line, an unsupported construct, a missing file. */
    USAGE(2),
    /** A bug in heapsim itself (reported with a message, never a bare stack trace). */
    INTERNAL(3);

    private final int status;

    ExitCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
