#!/usr/bin/env python3
"""Check heapsim's own weakref module on the real CPython 3.8 to 3.13.

heapsim runs its own Python implementation of weakref's pure-Python part
(simulator-core/src/main/resources/org/heapsim/python/lib/weakref.py and _weakrefset.py).
Until heapsim's VM runs it, this script runs it on CPython: every conformance program of the
weakref-related folders runs under a small wrapper, once with CPython's own weakref module
("own", the baseline: what the wrapper alone changes) and once with heapsim's ("mine"), on
each installed CPython 3.X. Stdout and exit status are compared with the recorded
PROGRAM.expected/3.X.stdout and .status.

The wrapper (written to a temporary folder) runs as `cd DIR && python3 BOOT LIBDIR PROGRAM.py`
with PYTHONHASHSEED=0 and no other PYTHON* variable, exactly like scripts/record-cpython.py.
It
  * puts LIBDIR first on sys.path: LIBDIR holds a CPython shim of heapsim's native `_heapsim`
    module (atexit_register = atexit.register, count = itertools.count) and, in "mine" mode,
    heapsim's weakref.py and _weakrefset.py, so that the program's own `import weakref`
    loads them at the moment CPython would load its own (3.11 imports weakref at start-up:
    there the wrapper replaces it before the program starts);
  * imports _heapsim in both modes (so that its import is not a difference between them);
  * compiles the program and executes it in the real __main__ module's dict (not runpy,
    which would run it in a temporary module and free its globals before shutdown), so that
    interpreter shutdown is the program's own.

A program counts as a regression when its "own" run matches CPython's recording and its
"mine" run does not. Exit status 1 when there is any regression.

usage: scripts/check-weakref-impl.py [--versions 3.8,...] [--jobs N] [-v] [PATH ...]
"""
import argparse
import concurrent.futures
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIB = ROOT / "simulator-core/src/main/resources/org/heapsim/python/lib"
FOLDERS = ["weakref", "weakvaluedict", "weakkeydict", "weakset", "weakmethod", "finalize",
           "seeds", "gc", "shutdown", "resurrection"]
from cpython_interpreters import MINORS, clean_env, interpreters, programs

HEAPSIM_SHIM = '''\
"""CPython stand-in for heapsim's native _heapsim module."""
from atexit import register as atexit_register
from itertools import count
'''

HARNESS = '''\
"""Harness side of the wrapper (a module, so that nothing here refers to __main__).

Used as a sys.meta_path finder for the first `import weakref`: it pads that import's
gc-tracked allocation count with PAD live Pad instances, then leaves sys.meta_path.
"""
import sys
import gc

PAD = 0
pads = []
import_cost = None


class Pad:
    # one gc-tracked allocation per instance, never from a free list (unlike [] or {})
    pass


def find_spec(name, path=None, target=None):
    if name != "weakref":
        return None
    del sys.meta_path[0]
    for finder in sys.meta_path:
        spec = finder.find_spec(name, path, target)
        if spec is not None:
            break
    loader = spec.loader
    def exec_module(module):
        del loader.exec_module
        loader.exec_module(module)
        for i in range(PAD):
            pads.append(Pad())
    loader.exec_module = exec_module
    return spec


def install(pad):
    global PAD, import_cost
    PAD = pad
    sys.meta_path.insert(0, sys.modules[__name__])
    if "weakref" in sys.modules:
        # this CPython imported weakref at start-up: import it again (in both modes), before
        # the program starts
        del sys.modules["weakref"]
        sys.modules.pop("_weakrefset", None)
        enabled = gc.isenabled()
        gc.disable()
        before = gc.get_count()[0]
        import weakref
        import_cost = gc.get_count()[0] - before
        if enabled:
            gc.enable()
'''

BOOT = '''\
def _hs_boot():
    import sys, os
    libdir, pad, program = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    folder = os.path.dirname(os.path.abspath(program))
    sys.argv[:] = [program]
    sys.path[0] = folder
    sys.path.insert(0, libdir)
    import _heapsim, _hs_harness
    _hs_harness.install(pad)
    g = globals()
    del g["_hs_boot"]
    g["__file__"] = program if sys.version_info < (3, 9) else os.path.abspath(program)
    with open(program, "rb") as f:
        source = f.read()
    return compile(source, program, "exec")
exec(_hs_boot(), globals())
'''

CALIBRATE = '''\
import gc
gc.disable()
before = gc.get_count()[0]
import weakref
after = gc.get_count()[0]
import _hs_harness
print(_hs_harness.import_cost if _hs_harness.import_cost is not None else after - before)
'''


def setup(tmp):
    """LIBDIR for each mode and the wrapper, in a fresh temporary folder."""
    libs = {}
    for mode in ("own", "mine"):
        d = tmp / f"lib-{mode}"
        d.mkdir()
        (d / "_heapsim.py").write_text(HEAPSIM_SHIM)
        (d / "_hs_harness.py").write_text(HARNESS)
        if mode == "mine":
            for name in ("weakref.py", "_weakrefset.py"):
                shutil.copy(LIB / name, d / name)
        libs[mode] = d
    boot = tmp / "boot.py"
    boot.write_text(BOOT)
    return libs, boot


def run(exe, boot, libdir, program, env, timeout, pad=0):
    try:
        p = subprocess.run([str(exe), str(boot), str(libdir), str(pad), program.name],
                           cwd=program.parent,
                           env=env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        return p.stdout, p.returncode, p.stderr
    except subprocess.TimeoutExpired:
        return b"<timeout>", -1, b""


def expected(program, version):
    d = program.parent / (program.stem + ".expected")
    return (d / f"{version}.stdout").read_bytes(), int((d / f"{version}.status").read_text())


def first_diff(a, b):
    al, bl = a.decode(errors="replace").splitlines(), b.decode(errors="replace").splitlines()
    for i in range(max(len(al), len(bl))):
        x = al[i] if i < len(al) else "<missing>"
        y = bl[i] if i < len(bl) else "<missing>"
        if x != y:
            return f"line {i + 1}: expected {x!r}, got {y!r}"
    return "stdout equal"


def stderr_lines(err):
    """The lines of stderr that do not depend on the module's source: no traceback frames,
    addresses replaced."""
    text = re.sub(r"0x[0-9a-f]+", "0x?", err.decode(errors="replace"))
    return [line for line in text.splitlines() if not line.startswith(" ")]


def probes(wanted, exes, boot, libs, pads, env, timeout):
    """Run the probe program in both modes on every version; 0 when the outputs agree."""
    import difflib
    program = ROOT / "scripts" / "weakref-probes.py"
    bad = 0
    for v in wanted:
        out = {m: run(exes[v], boot, libs[m], program, env, timeout, pads[v] if m == "mine" else 0)
               for m in libs}
        o_lines = re.sub(r"0x[0-9a-f]+", "0x?", out["own"][0].decode()).splitlines() + [f"status {out['own'][1]}"] + \
            ["stderr| " + x for x in stderr_lines(out["own"][2])]
        m_lines = re.sub(r"0x[0-9a-f]+", "0x?", out["mine"][0].decode()).splitlines() + [f"status {out['mine'][1]}"] + \
            ["stderr| " + x for x in stderr_lines(out["mine"][2])]
        diff = list(difflib.unified_diff(o_lines, m_lines, f"{v} CPython's weakref",
                                         f"{v} heapsim's weakref", lineterm="", n=1))
        print(f"probes {v}: {len(o_lines)} lines, " + ("identical" if not diff else f"{sum(1 for d in diff if d[:1] in '+-') - 2} lines differ"))
        for line in diff:
            print("    " + line)
        bad += bool(diff)
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*",
                    default=[str(ROOT / "testdata/programs" / f) for f in FOLDERS])
    ap.add_argument("--versions", default=",".join(MINORS))
    ap.add_argument("--jobs", type=int, default=max(2, os.cpu_count() or 2))
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--no-pad", dest="pad", action="store_false",
                    help="do not pad heapsim's import cost up to CPython's (see below)")
    ap.add_argument("--probes", action="store_true",
                    help="run scripts/weakref-probes.py in both modes instead and diff the outputs")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="also list the programs the wrapper alone breaks")
    args = ap.parse_args()
    wanted = [v.strip() for v in args.versions.split(",") if v.strip()]
    exes = interpreters(wanted, "check-weakref-impl")
    env = clean_env()
    progs = list(programs(args.paths))

    with tempfile.TemporaryDirectory(prefix="heapsim-wrcheck-") as t:
        libs, boot = setup(pathlib.Path(t))
        # warm-up: write the .pyc files of LIBDIR for every version, as the stdlib has them;
        # then measure what `import weakref` costs in gc-tracked allocations in each mode
        calib = pathlib.Path(t) / "calibrate.py"
        calib.write_text(CALIBRATE)
        pads = {}
        print("gc-tracked allocations of `import weakref` (CPython's / heapsim's):")
        for v in wanted:
            for mode in libs:
                run(exes[v], boot, libs[mode], calib, env, args.timeout)
            cost = {mode: int(run(exes[v], boot, libs[mode], calib, env, args.timeout)[0])
                    for mode in libs}
            pads[v] = max(0, cost["own"] - cost["mine"]) if args.pad else 0
            padded = int(run(exes[v], boot, libs["mine"], calib, env, args.timeout, pads[v])[0])
            print(f"  {v}: {cost['own']} / {cost['mine']}; heapsim's padded with {pads[v]}: {padded}")

        if args.probes:
            sys.exit(probes(wanted, exes, boot, libs, pads, env, args.timeout))
        jobs = {}
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for prog in progs:
                for v in wanted:
                    for mode in libs:
                        jobs[prog, v, mode] = pool.submit(run, exes[v], boot, libs[mode], prog,
                                                          env, args.timeout,
                                                          pads[v] if mode == "mine" else 0)
        results = {k: f.result() for k, f in jobs.items()}

    regressions = []
    print(f"{len(progs)} programs; a run matches when stdout and exit status equal CPython's recording")
    print(f"{'version':8} {'own (baseline)':>15} {'mine':>6} {'mine==own':>10} {'regressions':>12} {'fixed':>6}")
    for v in wanted:
        own_ok = mine_ok = same = reg = fixed = 0
        for prog in progs:
            exp = expected(prog, v)
            o_out, o_st, _ = results[prog, v, "own"]
            m_out, m_st, m_err = results[prog, v, "mine"]
            o = (o_out, o_st) == exp
            m = (m_out, m_st) == exp
            own_ok += o
            mine_ok += m
            same += (o_out, o_st) == (m_out, m_st)
            if o and not m:
                reg += 1
                regressions.append((v, prog, exp, m_out, m_st, m_err))
            if m and not o:
                fixed += 1
            if args.verbose and not o:
                print(f"  wrapper alone breaks {v} {prog.relative_to(ROOT)}: {first_diff(exp[0], o_out)}")
        print(f"{v:8} {own_ok:>9}/{len(progs):<5} {mine_ok:>6} {same:>10} {reg:>12} {fixed:>6}")
    for v, prog, exp, out, st, err in regressions:
        print(f"REGRESSION {v} {prog.relative_to(ROOT)}: status {st} (expected {exp[1]}); "
              f"{first_diff(exp[0], out)}")
        if st != exp[1]:
            print("    " + "\n    ".join(err.decode(errors="replace").splitlines()[-5:]))
    sys.exit(1 if regressions else 0)


if __name__ == "__main__":
    main()
