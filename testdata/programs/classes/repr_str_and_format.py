# print uses __str__ (falling back to __repr__); containers show __repr__ of items;
# f-string !r/!s and str.format.
class R:
    def __repr__(self): return "R()"
class S:
    def __init__(self, n): self.n = n
    def __repr__(self): return "S(%d)" % self.n
    def __str__(self): return "s%d" % self.n
print(R(), S(1), [R(), S(2)], (S(3),), {"k": S(4)})
print(str(S(5)), repr(S(6)), f"{S(7)} {S(8)!r} {S(9)!s}", "%s %r" % (S(10), S(11)))
print("{} {!r}".format(S(12), S(13)), "{}".format(S(14)), str(R()))
