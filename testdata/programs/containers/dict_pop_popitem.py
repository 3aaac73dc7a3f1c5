# dict.pop: key released inside the call, value when the caller drops it.
# popitem returns the last inserted (key, value) pair as a tuple.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return 7
    def __eq__(self, o): return self is o
k1, k2, k3 = D("k1"), D("k2"), D("k3")
d = {k1: D("v1"), k2: D("v2"), k3: D("v3")}
del k1, k2, k3
print("pop ->", d.pop(list(d)[0]).n)
print("---")
item = d.popitem()
print("popitem", item[0].n, item[1].n)
item = None
print("---")
print("default", d.pop(D("missing"), "none"))
print(len(d))
