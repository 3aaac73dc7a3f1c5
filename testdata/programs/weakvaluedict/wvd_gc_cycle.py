# Values in reference cycles leave the dictionary only when gc.collect() runs; the KeyedRefs
# freed by the removal callback are counted in the result (3.8-3.10: 3 and 6, 3.11+: 2 and 4).
import weakref, gc

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        print("__del__", self.name, "| in d:", self.name in d)

gc.collect()
d = weakref.WeakValueDictionary()
c = Node("c")
d["c"] = c
del c
print("before collect:", len(d), sorted(d))
print("collected:", gc.collect())
print("after collect:", len(d))
x, y = Node("x"), Node("y")
d["x"] = x
d["y"] = y
del x, y
print("collected:", gc.collect(), "len", len(d))
