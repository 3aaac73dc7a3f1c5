"""Records CPython's own SyntaxError text for each case in cases.txt.

Run once per interpreter:  PYENV_VERSION=3.X.Y python3 record.py  > expected-3.X.txt
Each output line: name TAB kind TAB lineno TAB offset TAB end_lineno TAB end_offset TAB message
(offset is CPython's 1-based column; missing values are printed as -).  A case that
compiles is recorded as kind OK.
"""
import sys, warnings

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

def show(v):
    return "-" if v is None else str(v)

warnings.simplefilter("ignore")
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
for name, src in cases(here + "/cases.txt"):
    try:
        compile(src, "prog.py", "exec")
        print(name, "OK", "-", "-", "-", "-", "-", sep="\t")
    except SyntaxError as e:
        print(name, type(e).__name__, show(e.lineno), show(e.offset),
              show(getattr(e, "end_lineno", None)), show(getattr(e, "end_offset", None)),
              e.msg, sep="\t")
