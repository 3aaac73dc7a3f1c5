# A suspended generator dropped by refcount: close() raises GeneratorExit at the yield,
# `finally` runs, then the frame's locals die in frame order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen(arg):
    local = D("local")
    try:
        yield 1
        yield 2
    finally:
        print("finally, local still", local.n)
g = gen(D("arg"))
print(next(g))
g = None
print("end")
