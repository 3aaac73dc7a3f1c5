"""Records ast.dump() of every .py program under this directory (copied from /work/shared).

Run with CPython 3.11:  PYENV_VERSION=3.11.7 python3 record.py
Writes NAME.py.dump next to each NAME.py (one line: ast.dump(ast.parse(source))) and NAME.py.posdump
(the same with include_attributes=True: line numbers and 0-based column offsets of every node).
"""
import ast, pathlib

here = pathlib.Path(__file__).parent
for path in sorted(here.rglob("*.py")):
    if path.name == "record.py":
        continue
    src = path.read_text(encoding="utf-8")
    tree = ast.parse(src, path.name)
    path.with_name(path.name + ".dump").write_text(ast.dump(tree) + "\n", encoding="utf-8")
    path.with_name(path.name + ".posdump").write_text(ast.dump(tree, include_attributes=True) + "\n",
                                                      encoding="utf-8")
