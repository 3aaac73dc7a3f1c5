# A `with` block inside a suspended generator: dropping the generator runs __exit__
# (seeing GeneratorExit), then the locals die.
class CM:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.n, typ.__name__ if typ else None)
        return False
    def __del__(self): print("del CM", self.n)
def gen():
    with CM("in-gen") as cm:
        yield 1
        yield 2
g = gen()
print(next(g))
del g
print("---")
for v in gen():
    print("loop", v)
print("end")
