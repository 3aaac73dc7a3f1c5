import weakref, gc, sys
gc.disable(); gc.collect()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"__del__ {self.n}")
a = D("a (gen2)")
a.me = a
gc.collect()
b = D("b (gen1)")
b.me = b
gc.collect(0)
c = D("c (gen0)")
c.me = c
del a, b, c
print("full collect")
gc.collect()
x = D("x (gen1)")
x.me = x
gc.collect(0)
y = D("y (gen0)")
y.me = y
del x, y
print("collect(0)")
gc.collect(0)
print("collect(1)")
gc.collect(1)
