class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)

def outer():
    x = D("celled")
    def inner(): return x
    return inner
f = outer()
print("cell alive")
f = None
print("cell emptied")
print("end")
