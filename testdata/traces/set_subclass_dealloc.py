import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
class S(set):
    def __del__(self): print("S.__del__")
def cb(r): print("weakref callback")
s = S([1, 2, 3])
at = D("attribute")
s.attr = at
del at
w = weakref.ref(s, cb)
big = int("1000")
s.add(big)
s.add(int("1000"))
s.discard(big)
s.add(big)
del big
print("drop s")
del s
fs = frozenset([5, 6])
del fs
