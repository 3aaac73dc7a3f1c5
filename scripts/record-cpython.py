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
import pathlib
import re
import subprocess
import sys

MINORS = ["3.8", "3.9", "3.10", "3.11", "3.12", "3.13"]


def pyenv_root():
    root = os.environ.get("PYENV_ROOT")
    if root:
        return pathlib.Path(root)
    try:
        return pathlib.Path(subprocess.check_output(["pyenv", "root"], text=True).strip())
    except (OSError, subprocess.CalledProcessError):
        return pathlib.Path.home() / ".pyenv"


def interpreters(wanted):
    """Map '3.X' to the newest installed 3.X.Y interpreter binary."""
    found = {}
    versions = pyenv_root() / "versions"
    for entry in sorted(versions.iterdir()) if versions.is_dir() else []:
        m = re.fullmatch(r"(3\.\d+)\.(\d+)", entry.name)
        exe = entry / "bin" / "python3"
        if m and m.group(1) in wanted and exe.exists():
            prev = found.get(m.group(1))
            if prev is None or int(m.group(2)) > prev[0]:
                found[m.group(1)] = (int(m.group(2)), exe)
    missing = [v for v in wanted if v not in found]
    if missing:
        sys.exit(f"record-cpython: no interpreter for {', '.join(missing)} under {versions}")
    return {v: found[v][1] for v in wanted}


def clean_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    return env


def programs(paths):
    for p in paths:
        p = pathlib.Path(p)
        if p.is_file():
            yield p.resolve()
        else:
            yield from sorted(x.resolve() for x in p.rglob("*.py")
                              if ".expected" not in x.parts and not x.name.startswith("_"))


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
    exes = interpreters(wanted)
    env = clean_env()
    count = 0
    for program in programs(args.paths):
        statuses = [f"{v}:{record(program, v, exes[v], args.timeout, env)}" for v in wanted]
        count += 1
        print(f"{program}  {' '.join(statuses)}", flush=True)
    print(f"recorded {count} programs on {', '.join(wanted)}")


if __name__ == "__main__":
    main()
