class P:
    def __init__(self):
        self.x = 1
        self.y = 2


p = P()
print(vars(p))
vars(p)["z"] = 3
print(p.z, sorted(vars(p)))


def f(a, b=2):
    c = a + b
    return sorted(locals().items())


print(f(1))
g = globals()
g["made_here"] = "yes"
print(made_here, "P" in g, "nothing" in g)
