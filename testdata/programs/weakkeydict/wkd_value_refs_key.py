# Classic leak: a value that references its own key keeps the key alive (the dictionary holds
# the value strongly), so the entry survives; the pair only dies at interpreter exit.
import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__ key", self.n)

class V:
    def __init__(self, key):
        self.key = key
    def __del__(self):
        print("__del__ value of", self.key.n)

d = weakref.WeakKeyDictionary()
a = K("a")
b = K("b")
d[a] = V(a)
d[b] = "plain"
del a, b
print("after del:", len(d), [k.n for k in d])
print("end of script")
