"""Records how CPython reports each mutant of a batch (mutants.txt by default).

Run per interpreter:  PYENV_VERSION=3.X.Y python3 record.py [BATCH] > BATCH-expected-3.X.txt
(for the first batch the output file is expected-3.X.txt)
Each line: name TAB kind TAB lineno TAB message, or name TAB OK. A mutant that compile() rejects
is also run as a script (it cannot execute: it does not compile), because CPython reading a
script file reports some end-of-file errors on other lines than compile() of a string does;
the line and message are taken from what the script prints.
"""
import os, subprocess, sys, tempfile, warnings

BATCH = sys.argv[1] if len(sys.argv) > 1 else "mutants"

def cases(path):
    name, lines = None, []
    for line in open(path, encoding="utf-8"):
        if line.startswith("### "):
            if name:
                yield name, "".join(lines)
            name, lines = line[4:].split()[0], []
        else:
            lines.append(line)
    if name:
        yield name, "".join(lines)

warnings.simplefilter("ignore")
here = os.path.dirname(os.path.abspath(__file__))
with tempfile.TemporaryDirectory() as tmp:
    for name, src in cases(os.path.join(here, BATCH + ".txt")):
        try:
            compile(src, "prog.py", "exec")
            print(name, "OK", sep="\t")
            continue
        except (SyntaxError, ValueError):
            pass
        with open(os.path.join(tmp, "prog.py"), "w", encoding="utf-8") as f:
            f.write(src)
        err = subprocess.run([sys.executable, "prog.py"], cwd=tmp, capture_output=True, text=True,
                             timeout=30).stderr.splitlines()
        line = next((l.split("line ")[1] for l in err if l.startswith("  File ")), "-")
        kind, _, message = err[-1].partition(": ")
        print(name, kind, line, message, sep="\t")
