# T01: a dict releases entries in insertion order, key before value; a deleted and
# re-inserted key moves to the end. Same on all versions.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return hash(self.n)
    def __eq__(self, o): return self is o
y = {D("k1"): D("v1"), D("k2"): D("v2")}
y = None
print("---")
d = {"a": D("va"), "b": D("vb"), "c": D("vc")}
v = d.pop("a")
d["a"] = v
del v
print(list(d))
d = None
print("---")
e = {}
for i in range(3):
    e[i] = D(i)
e[1] = D("new1")
print("overwritten")
del e
print("end")
