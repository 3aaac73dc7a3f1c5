import gc
gc.disable()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D("a"); a.me = a
gc.collect(0); gc.collect(1)
b = D("b"); b.me = b
gc.collect(0)
c = D("c"); c.me = c
del a, b, c
gc.collect()
print("end")
