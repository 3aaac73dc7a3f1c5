"""Records CPython 3.11's tokenize output for every corpus program, as the oracle of TokenizerTest.

    python3.11 simulator-core/src/test/resources/tokenize/record.py > simulator-core/src/test/resources/tokenize/tokens-3.11.tsv

One line per program: its path under testdata/programs, a tab, and the SHA-256 of its token
stream as the parser sees it, i.e. without ENCODING, COMMENT and NL, which CPython's C tokenizer
never hands its parser. Each token is written as TYPE<TAB>startline:startcol-endline:endcol and,
for NAME, NUMBER, STRING and OP, a tab and repr(string); columns are 0-based here, as tokenize
reports them. INDENT and DEDENT are written as their type alone: the parser uses no position of
theirs (the C tokenizer does not give them the whitespace span tokenize reports). A program the tokenize module can only get through with ERRORTOKENs (its error
recovery, which the compiler does not have) is recorded as ERROR with the line and 0-based
column of the SyntaxError compile() raises. Never edit the .tsv by hand.
"""
import hashlib
import io
import os
import sys
import tokenize

WITH_TEXT = {tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP}
SKIPPED = {tokenize.ENCODING, tokenize.COMMENT, tokenize.NL}

root = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "..", "testdata", "programs")
root = os.path.normpath(root)
for dirpath, dirs, files in sorted(os.walk(root)):
    dirs.sort()
    if ".expected" in dirpath:
        continue
    for f in sorted(files):
        if not f.endswith(".py"):
            continue
        path = os.path.join(dirpath, f)
        rel = os.path.relpath(path, root)
        with open(path, "rb") as fh:
            src = fh.read().decode("utf-8")
        out = []
        tokens = list(tokenize.generate_tokens(io.StringIO(src).readline))
        if any(t.type == tokenize.ERRORTOKEN for t in tokens):
            try:
                compile(src, rel, "exec")
                raise SystemExit("%s: ERRORTOKEN but compiles" % rel)
            except SyntaxError as e:
                print(rel, "ERROR", "%d:%d" % (e.lineno, e.offset - 1), sep="\t")
            continue
        for t in tokens:
            if t.type in SKIPPED:
                continue
            if t.type in (tokenize.INDENT, tokenize.DEDENT):
                out.append(tokenize.tok_name[t.type] + "\n")
                continue
            out.append("%s\t%d:%d-%d:%d" % (tokenize.tok_name[t.type], t.start[0], t.start[1], t.end[0], t.end[1]))
            if t.type in WITH_TEXT:
                out.append("\t%r" % t.string)
            out.append("\n")
        digest = hashlib.sha256("".join(out).encode("utf-8")).hexdigest()
        print(rel, digest, sep="\t")
