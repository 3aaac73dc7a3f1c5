# Deleting and re-adding an attribute: 3.8-3.10 move it to the end of the instance dict
# (x dies last); 3.11+ keep its shared-key slot (x dies first).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class C:
    def __init__(self):
        self.x = D("x1")
        self.y = D("y")
        self.z = D("z")
c = C()
del c.x
print("x deleted")
c.x = D("x2")
print(list(vars(c)))
del c
print("end")
