# Comprehension variables never leak; the outer value of a reused name survives (3.12 saves
# and restores it inline); the last item dies when the comprehension ends.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __repr__(self): return "D(%s)" % self.n
x = D("outer x")
ys = [x.n for x in [D("a"), D("b")]]
print(ys, x.n)
def f():
    x = D("local x")
    r = [x for x in (D("c"), D("d")) if x.n != "c"]
    print("r", r, "x", x.n)
    s = {k: v for k, v in [("k", D("v"))]}
    print("s", s)
    g = (d.n for d in [D("gen")])
    print("genexp", list(g))
f()
class C:
    base = 10
    vals = [i * 2 for i in range(3)]
    names = [n for n in ("p", "q")]
print(C.vals, C.names)
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
nested = [[j for j in range(i)] for i in range(3)]
print(nested)
print("end")
