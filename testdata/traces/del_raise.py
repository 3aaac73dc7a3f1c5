import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class C:
    def __del__(self):
        print("C.__del__ raising")
        raise ValueError("boom")
def cb(r): print("callback still runs")
c = C()
x = D("attribute still released")
c.x = x
del x
w = weakref.ref(c, cb)
del c
print("program goes on")
