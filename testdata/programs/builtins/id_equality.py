# id(a) == id(b) only: identity of names, small int caching, interning, singletons.
# `is` with a literal draws SyntaxWarnings (3.12+ name the literal type).
a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
n = 256
print(id(n) == id(200 + 56), int("256") is n)
big = 10 ** 5
print(int("100000") is big, int("100000") == big)
s1 = "hello"
s2 = "hel" + "lo"
h = "hel"
s3 = h + "lo"
print(s1 is s2, s1 is s3, s1 == s3, "".join([]) is "")
print(None is None, type(None)() is None, () is tuple(), id(True) == id(1 == 1))
