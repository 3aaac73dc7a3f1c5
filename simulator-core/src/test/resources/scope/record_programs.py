"""Records the code-object variables of every program in ../parse/programs, like record.py does for cases.txt.

Run per interpreter:  PYENV_VERSION=3.X.Y python3 record_programs.py > programs-3.X.txt
"""
import pathlib, types

def walk(code, depth):
    gen = bool(code.co_flags & 0x20)
    print("  " * depth + "|".join([code.co_name, ",".join(code.co_varnames), ",".join(code.co_cellvars),
                                   ",".join(code.co_freevars), str(gen).lower()]))
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, depth + 1)

root = pathlib.Path(__file__).resolve().parent.parent / "parse" / "programs"
for path in sorted(root.rglob("*.py")):
    if path.name == "record.py":
        continue
    print("### " + path.relative_to(root).as_posix())
    walk(compile(path.read_text(encoding="utf-8"), path.name, "exec"), 0)
