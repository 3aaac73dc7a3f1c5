# The finalize registry holds func, args and kwargs strongly: they outlive their names and are
# released right after the finalizer ran (or when it is detached and the tuple dropped).
import weakref

class Token:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

class Owner:
    pass

def report(a, b=None):
    print("finalizer got", a.name, b.name)

o = Owner()
arg, kw = Token("arg"), Token("kwarg")
f = weakref.finalize(o, report, arg, b=kw)
del arg, kw
print("tokens kept alive by the registry")
del o
print("after owner died")
o2 = Owner()
t = Token("detached-arg")
g = weakref.finalize(o2, report, t, b=t)
del t
info = g.detach()
print("detached; dropping the tuple")
del info
print("end")
