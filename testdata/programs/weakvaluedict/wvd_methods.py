# setdefault, pop (with and without default), popitem, update (dict and keywords), copy,
# del d[k], keys/values/items; pop of a key whose value died raises KeyError.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "C(%s)" % self.n

pool = {n: C(n) for n in "abcdef"}
d = weakref.WeakValueDictionary()
print(d.setdefault("a", pool["a"]), d.setdefault("a", pool["b"]))
d.update({"b": pool["b"]}, c=pool["c"])
d.update([("d", pool["d"])])
print(sorted(d.keys()), sorted(d.values(), key=lambda c: c.n))
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop("b"), d.pop("b", "gone"), len(d))
del d["c"]
print(sorted(d))
e = d.copy()
print(type(e).__name__, sorted(e), e["a"] is d["a"])
del pool["d"]
print("after pool drops d:", sorted(d), sorted(e))
try:
    d.pop("d")
except KeyError as err:
    print("KeyError:", err)
k, v = d.popitem()
print("popitem:", k, v, len(d))
try:
    d.popitem()
except KeyError as err:
    print("KeyError:", err)
d["x"] = pool["e"]
dead = C("temp")
d["t"] = dead
del dead
print(sorted(d), len(d))
