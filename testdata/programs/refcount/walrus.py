# The walrus operator keeps the value in the name; rebinding it releases the old value.
# Versions: the two globals left at exit die as 2, 4 on 3.11 (creation order) and 4, 2 elsewhere (name order).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
if (w := D(1)).n == 1:
    print("in if", w.n)
print("after if", w.n)
vals = [y := D(2), y.n]
print(vals[1])
del vals
print("vals deleted, y alive", y.n)
while (w := D(w.n + 1)).n < 4:
    print("loop", w.n)
print("end", w.n)
