# A set subclass: __del__, then the attribute dict, then the elements in table order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
class S(set):
    def __del__(self):
        print("S.__del__", sorted(x.n for x in self))
s = S([D(12), D(4)])
s.label = D(100)
s.add(D(1))
del s
print("end")
