# d[k] = v with an equal key already present: the old value dies, the original key object
# stays, the new key object dies after the statement (when its temporary goes).
class K:
    def __init__(self, n, tag): self.n = n; self.tag = tag
    def __del__(self): print("del key", self.n, self.tag)
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("del value", self.n)
d = {K(1, "first"): V("one")}
d[K(1, "second")] = V("uno")
print("stored key tag:", list(d)[0].tag, "value:", d[K(1, "probe")].n)
print("---")
d.update({K(1, "third"): V("eins")})
print("---")
del d
print("end")
