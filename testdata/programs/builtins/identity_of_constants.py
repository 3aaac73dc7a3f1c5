# Which equal values are the same object: small ints, constants merged within a compilation,
# interned strings, the empty tuple, and (3.8-3.9 only) the empty frozenset singleton.
import sys
a = 256; b = 256
print(a is b)
c = 257; d = 257
print(c is d)
print(int("257") is int("257"), int("5") is int("5"))
s1 = "hello world"; s2 = "hello world"
print(s1 is s2)
print("".join(["a", "b"]) is "ab", sys.intern("".join(["a", "b"])) is "ab")
def f():
    return 1000
def g():
    return 1000
print(f() is g())
x = [1, 2]
y = x
print(x is y, x == [1, 2], x is [1, 2])
t1 = (1, 2); t2 = (1, 2)
print(t1 is t2)
print(() is (), tuple() is (), "" is str(), frozenset() is frozenset())
e = 1.5; e2 = 1.5
print(e is e2)
n = None
print(n is None, type(None)() is None)
