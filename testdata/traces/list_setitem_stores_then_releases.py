class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

l = [D("old")]
b = D("new")
l[0] = b
del b
print("stored")
del l
print("end")
