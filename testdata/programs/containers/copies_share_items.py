# Shallow copies share the items: the items die when the last container goes.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
orig = [D(1), D(2)]
c1 = orig[:]
c2 = list(orig)
c3 = orig.copy()
del orig, c1, c2
print("one copy left")
d = {"a": D("a")}
dc = dict(d)
dd = d.copy()
del d, dc
print("one dict copy left")
del c3
print("---")
del dd
print("end")
