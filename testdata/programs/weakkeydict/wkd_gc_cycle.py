# Keys in reference cycles are removed only by gc.collect(): the dictionary's callback runs
# first and frees the value, then the key's __del__ runs (collected: 3.8-3.10 3, 3.11+ 2).
import weakref, gc

class K:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("__del__ key", self.n, "| len", len(d))

class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__ value", self.n)

gc.collect()
d = weakref.WeakKeyDictionary()
k = K(1)
d[k] = V(1)
del k
print("before:", len(d))
print("collected:", gc.collect())
print("after:", len(d))
