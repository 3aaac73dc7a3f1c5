package org.heapsim.version;

/**
 * How each version writes a traceback to stderr, as data.
 *
 * @param mainPathAbsolute 3.9+: the script's code is compiled with an absolute file name (the
 *                         current directory joined to the path given, as _Py_abspath does,
 *                         without normalising); 3.8 shows the path as given
 * @param uncaught         the printer of an uncaught exception's traceback (PyErr_Display)
 * @param unraisable       the printer of an "Exception ignored in" report's traceback
 *                         (the unraisable hook calls PyTraceBack_Print in every version)
 * @param assertRaisesAtTest 3.13's compiler_assert gives RAISE_VARARGS the test's location,
 *                         so the markers fall under the test; before, the statement's
 * @param jumpIfCompareKeepsLocation 3.11's compiler_jump_if sets the location of a comparison it
 *                         tests and never restores it: the instructions after the jump (an
 *                         assert's raise, say) get the comparison's span
 */
public record TracebackStyle(boolean mainPathAbsolute, Printer uncaught, Printer unraisable,
                             boolean assertRaisesAtTest, boolean jumpIfCompareKeepsLocation) {

    /** Who formats the entries, and so which details they have. */
    public enum Printer {
        /** Python/traceback.c before 3.11: File line, source line without its indentation. */
        C_PLAIN,
        /** Python/traceback.c 3.11-3.12: and PEP 657 markers under one line. */
        C_CARETS,
        /**
         * Lib/traceback.py (3.13's PyErr_Display): markers over several lines, calls anchored,
         * the source line stripped on both sides, no limit unless sys.tracebacklimit.
         */
        PYTHON;

        /** Entries printed at most, the oldest dropped (C's PyTraceBack_LIMIT), or 0 for no limit. */
        public int limit() {
            return this == PYTHON ? 0 : 1000;
        }
    }

    static TracebackStyle forMinor(int minor) {
        Printer c = minor >= 11 ? Printer.C_CARETS : Printer.C_PLAIN;
        return new TracebackStyle(minor >= 9, minor >= 13 ? Printer.PYTHON : c, minor >= 13 ? Printer.C_PLAIN : c,
                minor >= 13, minor == 11);
    }
}
