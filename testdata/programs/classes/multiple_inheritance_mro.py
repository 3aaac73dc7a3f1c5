# Multiple inheritance: __del__ and __init__ found through the MRO; cooperative super().
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class A:
    def __init__(self):
        print("A init")
        self.a = D("a")
    def __del__(self):
        print("A del")
class B(A):
    def __init__(self):
        print("B init")
        super().__init__()
        self.b = D("b")
    def __del__(self):
        print("B del")
        super().__del__()
class C(A):
    def __init__(self):
        print("C init")
        super().__init__()
        self.c = D("c")
    def __del__(self):
        print("C del")
        super().__del__()
class M(B, C):
    pass
m = M()
del m
print("end")
