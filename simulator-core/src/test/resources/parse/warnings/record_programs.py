"""Records the SyntaxWarnings CPython emits compiling each program in ../programs.

Run per interpreter:  PYENV_VERSION=3.X.Y python3 record_programs.py > programs-3.X.txt
Each program: '### path', then CATEGORY TAB LINENO TAB MESSAGE per warning.
"""
import pathlib, warnings

root = pathlib.Path(__file__).resolve().parent.parent / "programs"
for path in sorted(root.rglob("*.py")):
    if path.name == "record.py":
        continue
    print("### " + path.relative_to(root).as_posix())
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(path.read_text(encoding="utf-8"), path.name, "exec")
    for w in caught:
        if w.category is SyntaxWarning:
            print(w.category.__name__, w.lineno, str(w.message), sep="\t")
