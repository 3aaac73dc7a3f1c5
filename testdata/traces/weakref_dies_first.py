import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
def cb(r): print("callback never printed")
def cb2(r): print("callback of the surviving ref")
o = D("o")
weakref.ref(o, cb)
w = weakref.ref(o, cb)
w2 = weakref.ref(o, cb2)
keep = [w]
del w
print("drop the list holding the first ref")
del keep
del o
