# Set element order comes from setobject.c probing: {5,1,3,9,17} dies as 1,3,5,9,17. After a
# discard, 3.9 does not reuse the dummy slot for a new element (order 8,16,24; others 8,24,16).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
s = {D(5), D(1), D(3), D(9), D(17)}
print([o.n for o in s])
del s
print("---")
t = {D(8), D(0), D(16)}
print([o.n for o in t])
t.discard(D(0))
print("after discard", [o.n for o in t])
t.add(D(24))
print("after add", [o.n for o in t])
t = None
print("end")
