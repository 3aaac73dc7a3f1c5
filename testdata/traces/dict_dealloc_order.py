class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

y = {D("k1"): D("v1"), D("k2"): D("v2")}
y = None
print("end")
