# locals() inside a function, vars() of an instance and a dict-like view of globals.
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
class P:
    def __init__(self): self.x = 1; self.y = 2
print(vars(P()), "f" in globals(), "zz" in globals())
g = globals()
g["dynamic"] = 5
print(dynamic)
print(sorted(k for k in vars(P) if not k.startswith("__")))
