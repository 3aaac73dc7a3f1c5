# A property getter that creates a new object per access: each value dies as soon as
# it is dropped; a setter replacing stored state releases the old value.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class P:
    def __init__(self):
        self._v = D("initial")
    @property
    def fresh(self):
        return D("fresh")
    @property
    def value(self):
        return self._v
    @value.setter
    def value(self, new):
        print("setter")
        self._v = new
p = P()
print(p.fresh.n)
p.value = D("second")
print(p.value.n)
del p
print("end")
