#!/usr/bin/env python3
"""Record what the real CPython prints for every program of the conformance corpus.

For each PROGRAM.py under the given folders (default: testdata/programs) and each installed
CPython 3.8 to 3.13 (pyenv), this runs the interpreter directly (not through the pyenv shim) as

    cd DIR && python3 PROGRAM.py

with PYTHONHASHSEED=0 and no other PYTHON* variable (PYTHONUNBUFFERED, for one, shifts
CPython's allocation counts and so the timing of automatic collections), and writes beside the
program:

    PROGRAM.expected/3.X.stdout   the program's stdout, as bytes
    PROGRAM.expected/3.X.stderr   its stderr, as bytes, with one mechanical normalisation:
                                  the absolute folder of the program (3.9+ print it in
                                  tracebacks, 3.8 does not) is removed, so that every version
                                  shows "PROGRAM.py"
    PROGRAM.expected/3.X.status   the exit status, a number and a newline

These files are the oracle of `heapsim check` and of the JUnit conformance tests. They are
never written or edited by hand: change the program and run this script again.

usage: scripts/record-cpython.py [--versions 3.11,3.12] [--timeout 60] [PATH ...]
       (PATH: a folder, searched recursively, or a single .py file)
"""
import argparse
import os
import subprocess
import sys

from cpython_interpreters import MINORS, clean_env, interpreters, programs


def record(program, version, exe, timeout, env):
    folder = program.parent
    try:
        proc = subprocess.run([str(exe), program.name], cwd=folder, env=env,
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        stdout, stderr, status = proc.stdout, proc.stderr, proc.returncode
    except subprocess.TimeoutExpired:
        sys.exit(f"record-cpython: {program} timed out on {version}; programs must finish quickly")
    stderr = stderr.replace((str(folder) + os.sep).encode(), b"")
    out = folder / (program.stem + ".expected")
    out.mkdir(exist_ok=True)
    (out / f"{version}.stdout").write_bytes(stdout)
    (out / f"{version}.stderr").write_bytes(stderr)
    (out / f"{version}.status").write_text(f"{status}\n")
    return status


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", default=["testdata/programs"])
    ap.add_argument("--versions", default=",".join(MINORS))
    ap.add_argument("--timeout", type=float, default=60)
    args = ap.parse_args()
    wanted = [v.strip() for v in args.versions.split(",") if v.strip()]
    exes = interpreters(wanted, "record-cpython")
    env = clean_env()
    count = 0
    for program in programs(args.paths):
        statuses = [f"{v}:{record(program, v, exes[v], args.timeout, env)}" for v in wanted]
        count += 1
        print(f"{program}  {' '.join(statuses)}", flush=True)
    print(f"recorded {count} programs on {', '.join(wanted)}")


if __name__ == "__main__":
    main()
