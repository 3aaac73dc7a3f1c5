# Colliding hashes use linear probing then perturbation; order follows the table.
class D:
    def __init__(self, n, h): self.n = n; self.h = h
    def __del__(self): print("del", self.n)
    def __hash__(self): return self.h
    def __eq__(self, o): return self.n == o.n
s = set()
for i, h in enumerate([7, 7, 15, 1, 7, 0, 2]):
    s.add(D(i, h))
print([o.n for o in s])
s.remove(D(2, 15))
print([o.n for o in s])
s.add(D(9, 15))
print([o.n for o in s])
s = None
print("end")
