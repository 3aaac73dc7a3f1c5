import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class L(list):
    def __del__(self): print("L.__del__")
def cb(r): print("weakref callback")
i1 = D("item 1")
i2 = D("item 2")
l = L([i1, i2])
at = D("attribute")
l.attr = at
w = weakref.ref(l, cb)
del i1, i2, at
del l
