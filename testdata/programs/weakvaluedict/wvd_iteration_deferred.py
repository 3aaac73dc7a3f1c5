# While keys() is being iterated, entries whose values die are not removed yet (the removal is
# deferred) but they are skipped; after the loop len() reflects the removals. The two survivors
# die at exit: 3.11 in creation order (1, 4), other versions list traversal order (4, 1).
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("  __del__", self.n)

objs = [C(i) for i in range(5)]
d = weakref.WeakValueDictionary()
for o in objs:
    d[o.n] = o
del o
for k in d.keys():
    print("key", k)
    if k == 1:
        objs[3] = None
        objs[2] = None
print("after loop:", len(d), sorted(d.keys()))
del objs[0]
print("after del objs[0]:", len(d), sorted(d.keys()))
