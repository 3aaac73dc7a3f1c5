# Every obj.meth access makes a new bound method, so a plain weakref to it dies at once (its
# callback fires immediately); a stored bound method keeps its object alive.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def meth(self):
        return self.n
    def __del__(self):
        print("__del__", self.n)

c = C(1)
r = weakref.ref(c.meth, lambda r: print("method ref callback"))
print("ref to bound method alive?", r() is not None)
bm = c.meth
r2 = weakref.ref(bm, lambda r: print("stored method ref callback"))
print("stored:", r2() is bm, r2()())
del c
print("c deleted, method still works:", bm())
del bm
print("end")
