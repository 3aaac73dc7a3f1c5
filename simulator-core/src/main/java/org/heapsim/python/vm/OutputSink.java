package org.heapsim.python.vm;

/**
 * Receives the program's output as it is written, each piece once, in the order the program
 * wrote it to stdout and stderr (the run's {@code Outcome} still holds all of each). A command
 * line tool shows it live, so that a learner sees a {@code __del__}'s print and an
 * {@code Exception ignored in} report interleaved as CPython shows them on a terminal.
 */
@FunctionalInterface
public interface OutputSink {
    void write(String text, boolean toStderr);
}
