class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def f():
    a = D("a")
    del a
    print("after del")
f()
print("end")
