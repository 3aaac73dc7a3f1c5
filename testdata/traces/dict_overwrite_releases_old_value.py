class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

d = {}
d["k"] = D("old")
new = D("new")
d["k"] = new
print("after store")
del new, d
print("end")
