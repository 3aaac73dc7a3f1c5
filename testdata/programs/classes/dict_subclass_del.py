# A dict subclass: __del__, then the attribute dict, then entries (key, value) in order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return 1
class Dct(dict):
    def __del__(self):
        print("Dct.__del__ keys", len(self))
d = Dct()
d[D("k1")] = D("v1")
d.meta = D("attr")
d[D("k2")] = D("v2")
del d
print("end")
