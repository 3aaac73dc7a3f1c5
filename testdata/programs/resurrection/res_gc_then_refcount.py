# An object resurrected in a gc pass is later freed by refcount (cycle broken) without a second
# __del__; a weakref made after the resurrection fires normally at that point.
import gc, weakref
gc.disable()
gc.collect()
saved = []

class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
        saved.append(self)

r = R("r"); r.me = r
del r
print("collected:", gc.collect(), "| saved:", [x.n for x in saved])
w = weakref.ref(saved[0], lambda ref: print("weakref made after resurrection fires"))
saved[0].me = None
print("cycle broken")
saved.clear()
print("after clear:", w())
