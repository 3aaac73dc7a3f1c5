import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class E(Exception):
    def __del__(self): print("E.__del__")
def cb(r): print("weakref callback")
e = E()
x = D("attribute of e")
e.detail = x
del x
w = weakref.ref(e, cb)
p = weakref.proxy(e)
del e
