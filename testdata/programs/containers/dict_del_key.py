# del d[k]: the stored key is released, then the value, then the probe key temporary.
class K:
    def __init__(self, n, tag): self.n = n; self.tag = tag
    def __del__(self): print("del key", self.n, self.tag)
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("del value", self.n)
d = {K(1, "stored"): V(1), K(2, "stored"): V(2)}
del d[K(1, "probe")]
print("after del")
probe = K(2, "named probe")
del d[probe]
print("after second del")
del probe
print("end")
