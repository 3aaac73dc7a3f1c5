# A generator suspended inside a for loop over a temporary list, then dropped. 3.8-3.12 throw
# GeneratorExit: unwinding pops the loop iterator (list dies) before the locals are cleared.
# 3.13 closes a generator with no try/with around the yield by clearing the frame directly:
# locals first, then the evaluation stack (the loop iterator and its list).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    loc = D("local")
    for item in [D("i0"), D("i1"), D("i2")]:
        yield item.n
g = gen()
print(next(g))
print(next(g))
g = None
print("end")
