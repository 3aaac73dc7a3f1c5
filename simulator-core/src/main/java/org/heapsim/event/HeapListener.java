package org.heapsim.event;

/** Receives every event of a heap as it happens, on the simulation's thread. */
@FunctionalInterface
public interface HeapListener {
    void onEvent(HeapEvent event);
}
