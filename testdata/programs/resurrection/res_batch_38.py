# A resurrection in a collection keeps only the resurrected subgraph alive on 3.9+ (the unrelated
# cycle c is freed); 3.8 keeps the whole batch, freeing it at the next collection without __del__.
import gc
gc.disable()
gc.collect()
saved = []

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
        if self.n == "a":
            saved.append(self)

a = R("a"); b = R("b"); a.p = b; b.p = a
c = R("c"); c.p = c
d = R("d"); d.p = d
del a, b, c, d
print("collect 1 ->", gc.collect())
print("saved:", [x.n for x in saved], "| a's partner still there:", saved[0].p.n)
saved.clear()
print("collect 2 ->", gc.collect())
print("collect 3 ->", gc.collect())
