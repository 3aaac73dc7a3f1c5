#!/usr/bin/env python3
"""`heapsim run` against CPython on the eight workloads of ../shared/bench, whole process, side by side.

    python3 scripts/bench-run.py [--bench DIR] [--python 3.11] [--runs 5] [--scale 1.0] [WORKLOAD ...]

For each workload (its `N = ...` line set to the README's N times --scale), runs the CPython
interpreter (called directly, not through the pyenv shim) and heapsim's jar (`java -jar
simulator-cli/target/heapsim.jar run --python V`) alternately: one warm-up each, then --runs
timed runs each. Reports the median wall time and the peak resident set size of each, the
ratio heapsim/CPython, and whether heapsim's stdout equals CPython's (a wrong answer is not a
speed). Build the jar first (`mvn -B -q -DskipTests package`). Progress goes to stderr; the
table (Markdown) to stdout.
"""
import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from cpython_interpreters import clean_env, interpreters  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
JAR = ROOT / "simulator-cli" / "target" / "heapsim.jar"
# The N of each workload in ../shared/bench/README.md (the figures CPython's times are given for).
WORKLOADS = {
    "alloc_churn": 1_000_000,
    "containers": 200_000,
    "cycles_collect": 4_000_000,
    "big_live_heap_collect": 500_000,
    "weak_cache": 700_000,
    "finalize_many": 600_000,
    "auto_gc": 2_000_000,
    "interpreter_mix": 100_000,
}


def timed_with_rss(cmd, env):
    """Wall seconds, peak RSS in MiB (this child's own, from wait4), stdout, stderr, exit status."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        pid = os.fork()
        if pid == 0:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            try:
                os.execve(cmd[0], cmd, env)
            finally:
                os._exit(127)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return wall, usage.ru_maxrss / 1024.0, out.read().decode(), err.read().decode(), os.waitstatus_to_exitcode(status)


def program(bench_dir, name, n, tmp):
    text = (bench_dir / (name + ".py")).read_text(encoding="utf-8")
    text, count = re.subn(r"(?m)^N = .*$", "N = %d" % n, text)
    if count != 1:
        sys.exit("bench-run: %s has %d 'N = ...' lines, expected one" % (name, count))
    path = pathlib.Path(tmp) / (name + ".py")
    path.write_text(text, encoding="utf-8")
    return path


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bench", default=str(ROOT.parent / "shared" / "bench"))
    ap.add_argument("--python", default="3.11")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--java", default="java")
    ap.add_argument("workloads", nargs="*")
    args = ap.parse_args()
    if not JAR.exists():
        sys.exit("bench-run: %s is missing; run mvn -B -q -DskipTests package first" % JAR)
    python = str(interpreters([args.python], "bench-run")[args.python])
    java = args.java if os.path.isabs(args.java) else subprocess.check_output(["which", args.java], text=True).strip()
    env = clean_env()
    names = args.workloads or list(WORKLOADS)
    print("| workload | N | CPython %s s | heapsim s | ratio | CPython MiB | heapsim MiB | same stdout |" % args.python)
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            n = int(WORKLOADS[name] * args.scale)
            path = str(program(pathlib.Path(args.bench), name, n, tmp))
            commands = {"cpython": [python, path],
                        "heapsim": [java, "-jar", str(JAR), "run", "--python", args.python, path]}
            times = {k: [] for k in commands}
            peaks = {k: [] for k in commands}
            outs = {}
            for i in range(args.runs + 1):
                for k, cmd in commands.items():
                    wall, rss, out, err, status = timed_with_rss(cmd, env)
                    print("bench-run: %s %s run %d: %.2f s, %.0f MiB, status %d" % (name, k, i, wall, rss, status),
                          file=sys.stderr, flush=True)
                    if status != 0:
                        print(err[-2000:], file=sys.stderr)
                    outs[k] = out
                    if i > 0:
                        times[k].append(wall)
                        peaks[k].append(rss)
            c, h = statistics.median(times["cpython"]), statistics.median(times["heapsim"])
            print("| %s | %d | %.2f | %.2f | %.2f× | %.0f | %.0f | %s |" % (
                name, n, c, h, h / c, max(peaks["cpython"]), max(peaks["heapsim"]),
                "yes" if outs["cpython"] == outs["heapsim"] else "NO"), flush=True)


if __name__ == "__main__":
    main()
