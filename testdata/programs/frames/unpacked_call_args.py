# f(*lst) builds an argument tuple from the list; the list keeps its items, so nothing dies
# until the list goes. f(**d) likewise with a new kwargs dict.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(*args, **kwargs):
    print("args", [a.n for a in args], "kwargs", sorted(kwargs))
f(*[D(1), D(2)])
print("---")
f(**{"x": D("x"), "y": D("y")})
print("---")
f(*(D(3),), **{"z": D("z")})
print("end")
