# Passing some arguments explicitly and leaving defaults: only the passed temporaries die
# after the call. 3.8-3.10: last argument first; 3.11+: parameter order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
dflt = D("shared-default")
def f(a, b=dflt, *, c, d=dflt):
    loc = D("local")
    return [a.n, b.n, c.n, d.n]
print(f(D("a"), c=D("c")))
print(f(D("a2"), D("b2"), d=D("d2"), c=D("c2")))
print("end")
