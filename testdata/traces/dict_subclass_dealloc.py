import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class Dct(dict):
    def __del__(self): print("Dct.__del__")
def cb(r): print("weakref callback")
d = Dct()
k = D("key")
v = D("value")
d[k] = v
at = D("attribute")
d.attr = at
v2 = D("value 2")
d["s"] = v2
w = weakref.ref(d, cb)
del k, v, at, v2
del d
