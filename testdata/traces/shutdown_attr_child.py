import weakref, gc, sys
gc.set_threshold(100000)
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
a = C("a")
a.child = C("child")
b = C("b")
print("end")
