class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

class C: pass
first = C(); first.a = 1; first.b = 2
c = C(); c.b = D("b"); c.a = D("a")
del c
print("end")
