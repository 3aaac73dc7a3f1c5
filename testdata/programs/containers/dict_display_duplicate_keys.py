# A dict display with equal keys keeps the first key object and the last value;
# the losing value dies during the display, the losing key after it.
class K:
    def __init__(self, n, tag): self.n = n; self.tag = tag
    def __del__(self): print("del key", self.tag)
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
class V:
    def __init__(self, n): self.n = n
    def __del__(self): print("del value", self.n)
d = {K(1, "a"): V("first"), K(2, "b"): V("b"), K(1, "c"): V("last")}
print("built:", [(k.tag, v.n) for k, v in d.items()])
d = dict([(K(3, "x"), V("x1")), (K(3, "y"), V("y1"))])
print("from pairs:", [(k.tag, v.n) for k, v in d.items()])
d = None
print("end")
