# Many deterministic hashes: resizing re-inserts elements in the old table order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return self.n * 37 % 101
    def __eq__(self, o): return self.n == o.n
s = set()
for i in range(12):
    s.add(D(i))
    if i in (3, 4, 9):
        print(i, [o.n for o in s])
print([o.n for o in s])
del s
print("end")
