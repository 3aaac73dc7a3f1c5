# Assignment order: chained targets, swaps, starred unpacking, augmented assignment to
# attributes and subscripts, and walrus; which old value dies first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = b = D("shared")
a = D("a2")
print("rebound a")
b = D("b2")
def swap():
    x, y = D("x"), D("y")
    x, y = y, x
    print("swapped", x.n, y.n)
    x, y = D("x3"), D("y3")
    print("rebound both")
swap()
first, *rest = [D("f"), D("r1"), D("r2")]
print(first.n, [r.n for r in rest])
rest = None
class Box:
    pass
box = Box()
box.v = 1
box.v += 2
items = [1, 2]
items[0] += 10
print(box.v, items)
if (n := len(items)) > 1:
    print("walrus", n)
t = (1, 2, 3)
p, q, r = t
print(p + q + r)
print("end")
