package org.heapsim.check;

/** What running a program produced: its stdout, its stderr, and its exit status. */
public record Outcome(String stdout, String stderr, int status) {
}
