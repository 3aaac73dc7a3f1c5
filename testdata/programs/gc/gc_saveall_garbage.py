# gc.set_debug(gc.DEBUG_SAVEALL): unreachable objects go to gc.garbage instead of being freed
# (their __del__ and weakref callbacks still run); instance dicts appear there on 3.8-3.10 only.
import gc, weakref

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
    def __repr__(self):
        return "D(%s)" % self.n

gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = D("a"); a.me = a
r = weakref.ref(a, lambda r: print("callback"))
del a
print("collect:", gc.collect())
print("garbage:", len(gc.garbage), [g for g in gc.garbage if isinstance(g, D)], r())
gc.set_debug(0)
gc.garbage.clear()
print("collect after clearing garbage:", gc.collect())
print("end")
