import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class C: pass
first = C(); first.a = 1; first.b = 2      # class C's shared keys: a, b
c = C()
db = D("b")
c.b = db
da = D("a")
c.a = da
del db, da
print(list(vars(c)))
del c
c2 = C()
x = D("x (a)")
c2.a = x
y = D("y (b)")
c2.b = y
del x, y
del c2.a
x2 = D("x2 (a again)")
c2.a = x2
del x2
print("drop c2")
del c2
