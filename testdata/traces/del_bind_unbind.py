import weakref, gc, sys
class K:
    def __init__(self, n): self.n = n
    def __del__(self):
        global keeper
        print(f"K.__del__ {self.n}")
        keeper = self
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"V.__del__ {self.n}")
class U:
    def __init__(self, n): self.n = n
    def __del__(self):
        global victim
        print(f"U.__del__ {self.n} (unbinds victim)")
        del victim
k = K("k")
del k
print("del keeper")
del keeper
victim = V("victim")
u = U("u")
lst = [u]
del u
print("del lst")
del lst
