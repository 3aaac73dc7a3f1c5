import weakref, gc, sys
gc.disable(); gc.collect()
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"__del__ {self.n}")
def fin(): print("finalize (callback phase)")
def cb(r): print("ref callback (created after the finalize)")
o = C("o")
o.me = o
f = weakref.finalize(o, fin)
r = weakref.ref(o, cb)
del o
print("collect")
gc.collect()
print("f() after the collection")
f()
