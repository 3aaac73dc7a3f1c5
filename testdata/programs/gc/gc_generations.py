# Generations: a full collection scans gen2, then gen0, then gen1, so __del__ order is a, c, b;
# gc.collect(0) only sees gen0 and gc.collect(1) gen0+gen1 (counts 3.8-3.10 6/2/2, 3.11+ 3/1/1).
import gc
gc.disable()
gc.collect()

class D:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("del", self.n)

a = D("a (gen2)")
gc.collect()
b = D("b (gen1)")
gc.collect(0)
c = D("c (gen0)")
del a, b, c
print("full collect:", gc.collect())
x = D("x (gen1)")
gc.collect(0)
y = D("y (gen0)")
del x, y
print("collect(0):", gc.collect(0))
print("collect(1):", gc.collect(1))
