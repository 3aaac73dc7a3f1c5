class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

k = D("key")
d = {k: D("value")}
del d[k]
print("after del")
del k
print("end")
