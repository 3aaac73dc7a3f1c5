class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

x = (D(1), D(2))
del x
print("end")
