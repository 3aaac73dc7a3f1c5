import weakref, gc, sys
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"__del__ {self.n}")
class Arg:
    def __del__(self): print("argument released")
def fa(x): print("finalize a")
def fb(): print("finalize b (never)")
a = C("a")
arg = Arg()
f = weakref.finalize(a, fa, arg)
del arg
print("f()")
f()
print("f() again")
f()
del a
b = C("b")
g = weakref.finalize(b, fb)
print("g.detach()")
g.detach()
del b
