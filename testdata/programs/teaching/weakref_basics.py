import weakref
class Data:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Data({self.v})"
    def __del__(self): print("del", self)
d = Data(1)
r = weakref.ref(d)
print(r() is d, type(r).__name__, weakref.getweakrefcount(d))
def gone(ref):
    print("callback, ref dead:", ref() is None)
r2 = weakref.ref(d, gone)
print(weakref.getweakrefcount(d), len(weakref.getweakrefs(d)))
del d
print("after del:", r(), r2())
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
p = Data(2)
px = weakref.proxy(p)
print(px.v, repr(px.v))
del p
try:
    px.v
except ReferenceError as e:
    print("ReferenceError:", e)
