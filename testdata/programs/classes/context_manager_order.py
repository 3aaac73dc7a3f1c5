# with: __enter__ result bound by `as`; the manager stays alive until __exit__ returns;
# an unbound __enter__ result dies at the start of the block.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return D("enter-result-" + self.n)
    def __exit__(self, *exc):
        print("exit", self.n, exc)
        return False
    def __del__(self): print("del CM", self.n)
with CM("a") as v:
    print("body", v.n)
print("after with a")
with CM("b"):
    print("body b")
with CM("x") as x, CM("y") as y:
    print("body", x.n, y.n)
print("end")
