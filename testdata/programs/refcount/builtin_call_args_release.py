# Temporaries passed to a C function die after the call:
# 3.11+ first->last, 3.8-3.10 last->first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return "D(%s)" % self.n
print(D(1), D(2))
print("---")
"{0.n}{1.n}".format(D(3), D(4))
print("---")
isinstance(D(5), D)
print("---")
lst = []
lst.append(D(6))
lst.insert(0, D(7))
print(lst)
lst = None
print("end")
