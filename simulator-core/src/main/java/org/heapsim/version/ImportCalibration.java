package org.heapsim.version;

import java.util.List;
import java.util.Map;

/**
 * What {@code import weakref} costs CPython's gc clock on each version, as data.
 *
 * <p>heapsim runs its own weakref source (and natives for {@code _weakref}, {@code types},
 * {@code itertools}), which allocates fewer gc-tracked objects than CPython's import (no
 * importlib, no unmarshalled code objects, no ABCs). So that {@code gc.get_count()} and the
 * timing of automatic collections after the import match CPython, the importer pads its own
 * count up to CPython's at a few checkpoints: just before a module of the chain is created
 * ({@link Checkpoint#start}), just after its body has run ({@link Checkpoint#end}), and at the
 * end of the whole {@code import weakref} statement ({@link #importTotal}). The numbers are net
 * gc-tracked allocations (gen0 count moves, allocations minus frees) counted from the start of
 * the import statement, measured with gc disabled on a plain script (PYTHONHASHSEED=0), by a
 * meta-path hook logging {@code gc.get_count()[0]} at every find and exec of the chain (±5 for
 * the hook's own allocations); the totals without the hook. Native stand-ins are mapped to the
 * CPython module they replace: {@code _heapsim} is where CPython imports {@code itertools}.
 * Probes and their outputs: docs/modules-calibration.md.
 *
 * @param weakrefAtStartup   weakref (with _weakrefset, types, itertools, atexit) is already in
 *                           sys.modules when a script starts (3.11 only; measured: 3.8 does
 *                           not), so the program's import allocates nothing
 * @param checkpoints        per module of the chain, CPython's net count just before it is
 *                           created and just after its body ran
 * @param importTotal        CPython's net count at the end of {@code import weakref}
 * @param atexitImportCost   the first {@code weakref.finalize} imports {@code atexit} in CPython
 *                           (unless preloaded): what the first finalize costs beyond the
 *                           second, minus the bound {@code _exitfunc} kept by the registry
 *                           (which heapsim allocates too)
 */
public record ImportCalibration(boolean weakrefAtStartup, Map<String, Checkpoint> checkpoints,
                                int importTotal, int atexitImportCost) {

    /** CPython's net allocation count when a module's creation starts and when its body has run. */
    public record Checkpoint(int start, int end) {
    }

    /** The modules {@code import weakref} loads, in CPython's order of import. */
    public static final List<String> WEAKREF_CHAIN = List.of("weakref", "_weakrefset", "types", "_heapsim");

    public static ImportCalibration forMinor(int minor) {
        return switch (minor) {
            case 8 -> new ImportCalibration(false, Map.of(
                    "weakref", new Checkpoint(11, 599),
                    "_weakrefset", new Checkpoint(155, 267),
                    "_heapsim", new Checkpoint(271, 466)), 600, 10);
            case 9 -> new ImportCalibration(false, Map.of(
                    "weakref", new Checkpoint(13, 748),
                    "_weakrefset", new Checkpoint(162, 411),
                    "types", new Checkpoint(254, 375),
                    "_heapsim", new Checkpoint(415, 611)), 738, 11);
            case 10 -> new ImportCalibration(false, Map.of(
                    "weakref", new Checkpoint(17, 751),
                    "_weakrefset", new Checkpoint(156, 407),
                    "types", new Checkpoint(249, 372),
                    "_heapsim", new Checkpoint(411, 612)), 752, 11);
            case 11 -> new ImportCalibration(true, Map.of(), 0, 0);
            case 12 -> new ImportCalibration(false, Map.of(
                    "weakref", new Checkpoint(16, 763),
                    "_weakrefset", new Checkpoint(153, 393),
                    "types", new Checkpoint(243, 359),
                    "_heapsim", new Checkpoint(397, 617)), 769, 9);
            case 13 -> new ImportCalibration(false, Map.of(
                    "weakref", new Checkpoint(15, 765),
                    "_weakrefset", new Checkpoint(147, 394),
                    "types", new Checkpoint(239, 359),
                    "_heapsim", new Checkpoint(398, 618)), 769, 9);
            default -> throw new IllegalArgumentException("no calibration for 3." + minor);
        };
    }

    public static ImportCalibration of(VersionPolicy policy) {
        return forMinor(policy.minor());
    }
}
