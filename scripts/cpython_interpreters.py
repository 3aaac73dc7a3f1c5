"""What the scripts that run the real CPython share: finding the installed interpreters (pyenv),
the environment they run in, and the corpus programs under a path."""
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


def interpreters(wanted, who):
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
        sys.exit(f"{who}: no interpreter for {', '.join(missing)} under {versions}")
    return {v: found[v][1] for v in wanted}


def clean_env():
    """PYTHONHASHSEED=0 and no other PYTHON* variable (they shift CPython's allocation counts)."""
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
