package org.heapsim.python.vm;

import java.nio.charset.StandardCharsets;
import org.heapsim.heap.ListObject;
import org.heapsim.heap.Root;

/**
 * The pending writes of {@code sys.stdout}'s TextIOWrapper ({@code Modules/_io/textio.c
 * _io_TextIOWrapper_write_impl}), as far as the gc clock sees them: stdout is block-buffered
 * when it is not a terminal, the first write since a flush is kept as it is, the second turns
 * the pending data into a list ({@code PyList_New(2)}: from the list free list, or a counted
 * allocation that may start an automatic collection), and a flush (when the pending data
 * would pass the 8192-byte chunk) frees that list. So a program that has printed holds one
 * list most of the time, taken from the free list by its first print.
 */
final class StdoutBuffer {
    private static final int CHUNK_SIZE = 8192;

    private final PyRuntime rt;
    private Root root;
    private ListObject list;
    private int pieces;
    private long bytes;

    StdoutBuffer(PyRuntime rt) {
        this.rt = rt;
    }

    /** One TextIOWrapper.write of text, before the text reaches the output. */
    void write(String text) {
        long n = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes + n > CHUNK_SIZE) {
            flush();
        }
        if (pieces == 1) {
            if (root == null) {
                root = rt.heap.newRoot("sys.stdout pending writes");
            }
            list = rt.heap.newList();
            rt.heap.hold(root, list);
            rt.heap.decref(list);
        }
        pieces++;
        bytes += n;
        if (bytes >= CHUNK_SIZE) {
            flush();
        }
    }

    /** _textiowrapper_writeflush: the pending list is freed. */
    private void flush() {
        pieces = 0;
        bytes = 0;
        if (list != null) {
            ListObject l = list;
            list = null;
            rt.heap.release(root, l);
        }
    }
}
