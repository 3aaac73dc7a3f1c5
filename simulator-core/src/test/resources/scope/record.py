"""Records, for each snippet of cases.txt, every code object CPython compiles from it.

Run per interpreter:  PYENV_VERSION=3.X.Y python3 record.py > expected-3.X.txt
For each case: a line '### name', then one line per code object in compile order
(depth-first through co_consts), indented two spaces per nesting level:
NAME|varnames|cellvars|freevars|generator  (names comma-separated).
"""
import types

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

def walk(code, depth):
    gen = bool(code.co_flags & 0x20)
    print("  " * depth + "|".join([code.co_name, ",".join(code.co_varnames), ",".join(code.co_cellvars),
                                   ",".join(code.co_freevars), str(gen).lower()]))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, depth + 1)

here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
for name, src in cases(here + "/cases.txt"):
    print("### " + name)
    walk(compile(src, "prog.py", "exec"), 0)
