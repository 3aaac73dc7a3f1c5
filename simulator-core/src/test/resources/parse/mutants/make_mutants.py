"""Writes a batch of mutants: small programs from ../programs with one to three random character edits.

Run once (any Python 3):  python3 make_mutants.py [SEED BATCH]   (default: 1122 mutants)
writes BATCH.txt; batches: mutants (seed 1122), mutants2 (seed 777). Each mutant: '### mNNN from
PATH', then its source.
"""
import pathlib, random, sys

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 1122
BATCH = sys.argv[2] if len(sys.argv) > 2 else "mutants"

NOISE = "()[]{}:,;.=+-*/%'\"\\\n\t #@!<>&|^~0123456789abcdefxyz_ "
here = pathlib.Path(__file__).resolve().parent
programs = sorted(p for p in (here.parent / "programs").rglob("*.py") if p.name != "record.py")
rng = random.Random(SEED)
out = []
for i in range(400):
    path = rng.choice(programs)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    # keep mutants small: up to 12 lines from a top-level statement
    tops = [k for k, l in enumerate(lines) if l[:1] not in (" ", "\t", "\n", "#", "")] or [0]
    start = rng.choice(tops)
    s = list("".join(lines[start:start + 12]))
    for _ in range(rng.randint(1, 3)):
        if not s:
            break
        at = rng.randrange(len(s))
        op = rng.randrange(3)
        if op == 0:
            del s[at]
        elif op == 1:
            s.insert(at, rng.choice(NOISE))
        else:
            s[at] = rng.choice(NOISE)
    src = "".join(s)
    if "### " in src:
        continue
    if not src.endswith("\n"):
        src += "\n"
    out.append("### m%03d from %s\n%s" % (i, path.relative_to(here.parent / "programs").as_posix(), src))
(here / (BATCH + ".txt")).write_text("".join(out), encoding="utf-8")
