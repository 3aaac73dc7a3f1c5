import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
old = D("old value")
d = {"k": old}
del old
new = D("new value")
print("d['k'] = new")
d["k"] = new
del new
g = D("first binding of g")
g2 = D("second binding of g")
print("g = g2")
g = g2
del g2
print("del d")
del d
