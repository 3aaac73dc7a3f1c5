import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class Base:
    __slots__ = ("b", "a")
    def __del__(self): print("Base.__del__ (inherited)")
class Derived(Base):
    __slots__ = ("y", "x")
o = Derived()
da = D("Base.a")
o.a = da
db = D("Base.b")
o.b = db
dx = D("Derived.x")
o.x = dx
dy = D("Derived.y")
o.y = dy
del da, db, dx, dy
print("drop o")
del o
