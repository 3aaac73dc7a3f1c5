class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def keep(): print("unused")
a = C("a")
a.child = C("child")
b = C("b")
print("end")
