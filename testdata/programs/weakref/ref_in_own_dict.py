# A weakref stored only in the referent's own __dict__ fires on refcount death (weakrefs are
# cleared before the dict), but not when the object dies in the cyclic GC (it is garbage too).
import weakref, gc

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

o = C("refcount")
o.w = weakref.ref(o, lambda r: print("self-held callback (refcount path)"))
del o
print("--")
p = C("cyclic")
p.me = p
p.w = weakref.ref(p, lambda r: print("self-held callback (gc path): never printed"))
del p
gc.collect()
print("end")
