# Common str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper(), t.lower(), t.title(), t.swapcase(), t.capitalize())
print(t.split(", "), "a b  c".split(), "a,b,,c".split(","), "k=v=w".split("=", 1))
print("-".join(["x", "y", "z"]), t.replace("l", "L"), t.replace("l", "L", 1))
print(t.find("o"), t.rfind("o"), t.find("zz"), t.index("W"), t.count("l"))
print(t.startswith("Hell"), t.endswith(("x", "ld")), "42".isdigit(), "ab".isalpha(), " ".isspace())
print("abc".center(9, "*"), "7".zfill(3), "ab".ljust(4) + "|", "ab".rjust(4))
print("a\tb".expandtabs(4), "line1\nline2".splitlines(), "x".join("abc"))
print("%r" % "quote's", repr('dq"'), repr("both'\""), "caf\u00e9".upper(), len("\u00e9"))
print("abc"[::-1], "abcdef"[1:4], "abc" * 2, "b" in "abc", "abc" < "abd")
