# WeakSet members in cycles: removed during gc.collect(); the refs freed by the set's removal
# callback are counted (3.8-3.10: 6, 3.11+: 4 for two self-cyclic members).
import weakref, gc

class M:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("__del__", self.n, "| len", len(s))

gc.collect()
s = weakref.WeakSet()
a, b = M("a"), M("b")
s.add(a)
s.add(b)
del a, b
print("before:", len(s))
print("collected:", gc.collect())
print("after:", len(s))
