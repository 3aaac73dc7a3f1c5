# A list subclass: __del__ first, then its attribute dict, then the items last->first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class L(list):
    def __del__(self):
        print("L.__del__ len", len(self))
l = L([D("item0"), D("item1")])
l.tag = D("attr")
l.append(D("item2"))
del l
print("end")
