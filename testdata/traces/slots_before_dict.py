import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class S:
    __slots__ = ("zeta", "alpha", "_c", "Z", "__dict__")
    def __del__(self): print("S.__del__")
s = S()
z = D("zeta")
s.zeta = z
x = D("dict attr")
s.extra = x
a = D("alpha")
s.alpha = a
c = D("_c")
s._c = c
zz = D("Z")
s.Z = zz
del z, x, a, c, zz
del s
s2 = S()
q = D("q in slot alpha")
s2.alpha = q
del q
print("del s2.alpha")
del s2.alpha
del s2
