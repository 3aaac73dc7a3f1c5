# During iteration a dying key's removal is deferred but len() already subtracts it; values()
# and items() keep running without RuntimeError; pending removals are committed afterwards.
import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  __del__", self.n)

ks = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary()
for i in range(4):
    d[ks[i]] = i * 10
for v in d.values():
    print("value", v, "len", len(d))
    if v == 0:
        ks[2] = None
        ks[1] = None
print("after values loop:", len(d))
for k, v in d.items():
    print("item", k.n, v)
    del k
    if v == 0:
        ks[0] = None
print("after items loop:", len(d), sorted(v for v in d.values()))
