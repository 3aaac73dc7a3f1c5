# WeakKeyDictionary: when a key dies by refcount its entry is removed and the value is released
# right after the key's __del__ (inside the removal callback).
import weakref

class Key:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__ key", self.n)

class Val:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__ value", self.n)

d = weakref.WeakKeyDictionary()
k1, k2 = Key(1), Key(2)
d[k1] = Val(1)
d[k2] = Val(2)
print(len(d), k1 in d, d[k1].n, d.get(k2).n)
del k1
print("after del k1:", len(d), [k.n for k in d])
d[k2] = Val("2b")
print("replaced value of k2")
k2 = None
print("end", len(d))
