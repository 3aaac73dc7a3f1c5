# Runtime-built strings are new objects; sys.intern returns the canonical interned string, so
# interned copies are identical; identifier-like literals are interned already.
import sys

lit = "abcdef"
built = "".join(["abc", "def"])
print(built == lit, built is lit)
print(sys.intern(built) is lit)
x = sys.intern("".join(["hello", " ", "world"]))
y = sys.intern("".join(["hello ", "world"]))
print(x is y, x == "hello world")
p = "".join(["zz", "top"])
q = "".join(["zz", "top"])
print(p is q, sys.intern(p) is sys.intern(q), sys.intern(q) is p)
try:
    sys.intern(42)
except TypeError as e:
    print("TypeError:", e)
