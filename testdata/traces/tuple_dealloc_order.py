import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
a = D("a")
b = D("b")
c = D("c")
t = (a, b, c)
d = D("d")
l = [d, t]
del a, b, c, d, t
print("drop l")
del l
