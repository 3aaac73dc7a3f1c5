# WeakKeyDictionary API: get/setdefault/pop/popitem/update/copy/keys/values/items, `in` with a
# non-weakrefable probe, and the TypeError for a non-weakrefable key.
import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "K%d" % self.n

ks = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
d[ks[0]] = "zero"
print(d.setdefault(ks[1], "one"), d.setdefault(ks[1], "uno"))
d.update({ks[2]: "two"})
d.update([(ks[3], "three")])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get(ks[0]), d.get(K(9), "none"), ks[2] in d, K(9) in d, 5 in d)
print(d.pop(ks[2]), d.pop(ks[2], "default"), len(d))
del d[ks[3]]
e = d.copy()
print(type(e).__name__, list(e.items()))
k, v = d.popitem()
print("popitem", k, v, len(d), len(e))
try:
    d[5] = "int key"
except TypeError as err:
    print("TypeError:", err)
try:
    d[K(9)]
except KeyError:
    print("KeyError for a key that was never stored")
del ks[:2]
print("after keys died:", len(d), len(e), list(e.items()))
