class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

class L(list):
    def __del__(self): print("L.__del__")
l = L([D(1), D(2)])
l.x = D("attr")
del l
print("end")
