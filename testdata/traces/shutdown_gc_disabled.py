import atexit, weakref, gc, sys
gc.disable()
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def bye(): print("atexit")
atexit.register(bye)
a = C("a")
l1 = C("in-list-1")
l2 = C("in-list-2")
lst = [l1, l2]
del l1, l2
b = C("b")
x = C("cycle")
x.me = x
del x
print("end")
