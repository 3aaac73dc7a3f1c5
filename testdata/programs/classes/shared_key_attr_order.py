# T05: 3.11+ release instance attributes in the class's shared-key order (a, b);
# 3.8-3.10 in this instance's insertion order (b, a). vars() order is per instance everywhere.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class C: pass
first = C(); first.a = 1; first.b = 2
c = C(); c.b = D("b"); c.a = D("a"); c.z = D("z")
print(list(vars(c)))
del c
print("end")
