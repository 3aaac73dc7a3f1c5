class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

s = set()
a = D("a")
s.add(a)
del a
for x in list(s): s.discard(x)
del x
print("end")
