"""Records CPython's ast.dump() of every snippet in cases.txt.

Run with CPython 3.11:  PYENV_VERSION=3.11.7 python3 record.py > expected-3.11.txt
                  and  PYENV_VERSION=3.11.7 python3 record.py positions > expected-positions-3.11.txt
Output: for each case a line '### name' followed by one line with ast.dump(ast.parse(src)),
with include_attributes=True (line numbers and 0-based column offsets) when 'positions' is given.
"""
import ast, sys

positions = sys.argv[1:] == ["positions"]

def cases(path):
    name, lines = None, []
    for line in open(path, encoding="utf-8", newline=""):
        if line.startswith("### "):
            if name:
                yield name, "".join(lines)
            name, lines = line[4:].rstrip("\n"), []
        else:
            lines.append(line)
    if name:
        yield name, "".join(lines)

here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
for name, src in cases(here + "/cases.txt"):
    print("### " + name)
    print(ast.dump(ast.parse(src, "prog.py"), include_attributes=positions))
