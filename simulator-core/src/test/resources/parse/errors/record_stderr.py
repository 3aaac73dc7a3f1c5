"""Records what CPython prints on stderr when a program of cases.txt is run as prog.py.

Run per interpreter:  PYENV_VERSION=3.X.Y python3 record_stderr.py > stderr-3.X.txt
Each case: '### name' followed by the stderr lines (the file is written to a temporary
directory as prog.py and run with the same interpreter; 3.9+ print the script's absolute
path in the 'File' line, which is cut back to prog.py here).
"""
import os, subprocess, sys, tempfile

def cases(path):
    name, lines = None, []
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            if name:
                yield name, "".join(lines)
            name, lines = line[4:].strip(), []
        else:
            lines.append(line)
    if name:
        yield name, "".join(lines)

here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as tmp:
    for name, src in cases(os.path.join(here, "cases.txt")):
        with open(os.path.join(tmp, "prog.py"), "w", encoding="utf-8") as f:
            f.write(src)
        r = subprocess.run([sys.executable, "prog.py"], cwd=tmp, capture_output=True, text=True, timeout=30)
        err = r.stderr.replace(tmp + "/", "")
        print("### " + name)
        sys.stdout.write(err if err.endswith("\n") or not err else err + "\n")
