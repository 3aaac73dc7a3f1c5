# Class attributes live as long as the class; rebinding a class attribute releases the old
# value; an instance attribute shadows the class attribute without replacing it.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class C:
    shared = D("class attr v1")
c = C()
c.shared = D("instance attr")
print(c.shared.n, C.shared.n)
C.shared = D("class attr v2")
print("rebound")
del c.shared
print(c.shared.n)
del C.shared
print(hasattr(c, "shared"))
print("end")
