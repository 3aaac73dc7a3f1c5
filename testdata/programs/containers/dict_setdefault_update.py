# setdefault stores the default only if the key is missing (an unused default dies after
# the call); update() overwrites values, old values die during the update.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = {}
r = d.setdefault("a", D("first"))
print("setdefault ->", r.n)
r = d.setdefault("a", D("unused"))
print("setdefault again ->", r.n)
del r
d.update({"a": D("updated"), "b": D("b")})
print("after update", sorted(d))
d.update(b=D("kw"))
print("after kw update")
d.clear()
print("after clear")
