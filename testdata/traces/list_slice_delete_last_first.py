class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

l = [D(0), D(1), D(2), D(3)]
del l[1:3]
print("after slice")
l.clear()
print("end")
