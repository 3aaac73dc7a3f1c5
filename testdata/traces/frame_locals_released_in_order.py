class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def f():
    a = D("a")
    b = D("b")
    c = D("c")
f()
print("end")
