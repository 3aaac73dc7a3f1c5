# A subclass __del__ calling super().__del__(); attributes die after the whole __del__ chain.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Base:
    def __init__(self):
        self.base_part = D("base part")
    def __del__(self):
        print("Base.__del__")
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.derived_part = D("derived part")
    def __del__(self):
        print("Derived.__del__")
        super().__del__()
class NoDel(Base):
    pass
x = Derived()
del x
print("---")
y = NoDel()
del y
print("end")
