# WeakSet set operations (union, intersection, difference, symmetric_difference, issubset,
# issuperset, ==, copy) return WeakSets; results printed as sorted names.
import weakref

class M:
    def __init__(self, n):
        self.n = n

objs = {n: M(n) for n in "abcde"}
def ws(names):
    return weakref.WeakSet(objs[n] for n in names)
def show(s):
    return "".join(sorted(m.n for m in s))

x = ws("abc")
y = ws("bcd")
print(show(x.union(y)), show(x.intersection(y)), show(x.difference(y)), show(x.symmetric_difference(y)))
print(type(x.union(y)).__name__, x.issubset(ws("abcd")), x.issuperset(ws("ab")), x == ws("cba"), x == y)
z = x.copy()
z.add(objs["e"])
print(show(x), show(z), len(z))
x.update(y)
x.difference_update(ws("a"))
print(show(x))
del objs["b"], objs["c"]
print(show(x), show(y), show(z))
