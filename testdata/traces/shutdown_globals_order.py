import weakref, gc, sys
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def cb(r): print("callback never printed")
a = C("a")
l1 = C("in-list-1")
l2 = C("in-list-2")
lst = [l1, l2]
del l1, l2
b = C("b")
r = weakref.ref(b, cb)
print("end")
