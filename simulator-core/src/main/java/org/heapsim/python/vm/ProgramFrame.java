package org.heapsim.python.vm;

import org.heapsim.heap.DictObject;
import org.heapsim.heap.FrameObject;
import org.heapsim.heap.PyObject;

/**
 * A running frame of the program as a {@link LineObserver} sees it: which code it runs, how
 * deep it is, and what its names are bound to. Valid only during the observer's call.
 */
public interface ProgramFrame {
    /** The code's name: {@code <module>}, {@code f}, {@code <listcomp>}... */
    String codeName();

    /** The code's qualified name ({@code Cheese.__init__}). */
    String qualName();

    /** Whether this is the module's own frame (its names are the module's globals). */
    boolean isModule();

    /** 1 for the outermost frame, one more for each call. */
    int depth();

    /** The frame's heap object (its locals and evaluation stack). */
    FrameObject heapFrame();

    /** The module globals the frame's code runs with. */
    DictObject globals();

    /**
     * What name is bound to in this frame (a fast local, a cell's contents, or the namespace of
     * a module or class body), without touching any refcount; null when it is not bound here.
     */
    PyObject lookupLocal(String name);
}
