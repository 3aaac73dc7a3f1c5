package org.heapsim.python.vm;

/**
 * Follows the program's own code line by line, as a debugger would: told when a frame starts a
 * new line and when a frame stops running. Called only while the heap has listeners (the same
 * moments the heap's {@code Operation} events mark); heapsim's own library code is never
 * reported. The observer may read the heap but must not change it.
 */
public interface LineObserver {
    /**
     * frame is about to run the first instruction of line (after the line's {@code Operation}
     * event, when one is begun).
     */
    void lineStarted(org.heapsim.heap.Heap heap, ProgramFrame frame, int line);

    /**
     * frame stopped running: it returned, an exception left it, or it yielded. Its locals are
     * already released when nothing else (a traceback, a generator) holds it.
     */
    default void frameLeft(org.heapsim.heap.Heap heap, ProgramFrame frame) {
    }
}
