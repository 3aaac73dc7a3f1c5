# Tuple unpacking: the temporary tuple is released after all stores; swapping; starred target
# collects a new list whose items die last->first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a, b = D("a1"), D("b1")
print("unpacked", a.n, b.n)
a, b = b, a
print("swapped", a.n, b.n)
a, b = None, None
print("cleared")
first, *rest = [D(0), D(1), D(2), D(3)]
print("first", first.n, "rest", [x.n for x in rest])
rest = None
print("rest dropped")
*init, last = (D("x"), D("y"), D("z"))
print(len(init), last.n)
[p, q] = [D("p"), D("q")]
del p, q
print("end")
