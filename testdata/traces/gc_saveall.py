import weakref, gc, sys
gc.disable(); gc.collect()
class L(list):
    def __del__(self): print("__del__ (still runs)")
def cb(r): print("callback (still runs)")
gc.set_debug(gc.DEBUG_SAVEALL)
l = L()
l.append(l)
w = weakref.ref(l, cb)
del l
n = gc.collect()
assert n == 1
print("gc.garbage:", len(gc.garbage))
