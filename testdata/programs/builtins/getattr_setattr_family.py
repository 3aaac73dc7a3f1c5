# getattr with default, setattr, hasattr, delattr, vars, callable on user objects.
# Versions: delattr of a missing attribute says "x" on 3.8-3.10, "'P' object has no attribute 'x'" on 3.11+.
class P:
    kind = "class level"
    def __init__(self): self.x = 1
    def m(self): return "method"
p = P()
print(getattr(p, "x"), getattr(p, "y", "default"), getattr(p, "kind"))
setattr(p, "y", 2)
print(hasattr(p, "y"), hasattr(p, "z"), vars(p))
delattr(p, "x")
print(vars(p), hasattr(p, "x"))
print(callable(p), callable(p.m), callable(P), callable(len), callable(3))
print(getattr(p, "m")())
try:
    delattr(p, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, "nope")
except AttributeError as e:
    print("AttributeError:", e)
