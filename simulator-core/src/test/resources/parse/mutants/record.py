"""Records how CPython compiles each mutant of mutants.txt (see ../errors/record.py for the format).

Run per interpreter:  PYENV_VERSION=3.X.Y python3 record.py > expected-3.X.txt
"""
import warnings

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

def show(v):
    return "-" if v is None else str(v)

warnings.simplefilter("ignore")
here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
for name, src in cases(here + "/mutants.txt"):
    try:
        compile(src, "prog.py", "exec")
        print(name, "OK", "-", "-", "-", "-", "-", sep="\t")
    except SyntaxError as e:
        print(name, type(e).__name__, show(e.lineno), show(e.offset),
              show(getattr(e, "end_lineno", None)), show(getattr(e, "end_offset", None)),
              e.msg.replace("\n", " "), sep="\t")
    except ValueError as e:
        print(name, "ValueError", "-", "-", "-", "-", str(e), sep="\t")
