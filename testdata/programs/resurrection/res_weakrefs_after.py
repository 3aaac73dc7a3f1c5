# Weakrefs after resurrection: on the refcount path they stay alive and fire only at the real
# death; on the gc path they were cleared (callback ran) before __del__ resurrected the object.
import weakref, gc
gc.disable()
gc.collect()
keep = []

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n, "resurrects")
        keep.append(self)

r = R("refcount")
w = weakref.ref(r, lambda x: print("callback refcount"))
del r
print("refcount path: weakref alive?", w() is not None)
keep.clear()
print("after second death, w() =", w())
r2 = R("gc"); r2.me = r2
w2 = weakref.ref(r2, lambda x: print("callback gc"))
del r2
print("collected:", gc.collect())
print("gc path: weakref alive?", w2() is not None, "| object alive?", len(keep))
w3 = weakref.ref(keep[0], lambda x: print("new weakref callback"))
keep.clear()
print("collected:", gc.collect())
