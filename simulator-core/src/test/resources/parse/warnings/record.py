"""Records the SyntaxWarnings (and DeprecationWarnings) CPython emits when compiling each case.

Run per interpreter:  PYENV_VERSION=3.X.Y python3 record.py > expected-3.X.txt
Each case: '### name', then one line per warning: CATEGORY TAB LINENO TAB MESSAGE.
"""
import warnings

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

here = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
for name, src in cases(here + "/cases.txt"):
    print("### " + name)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "prog.py", "exec")
    for w in caught:
        if w.category is SyntaxWarning:
            print(w.category.__name__, w.lineno, str(w.message), sep="\t")
