import weakref, gc, sys
gc.disable(); gc.collect()
class R:
    __slots__ = ("me", "__weakref__")
    def __del__(self):
        print("R.__del__ (resurrects)")
        saved.append(self)
class U:
    __slots__ = ("me",)
    def __del__(self): print("U.__del__")
def cb(r): print("callback of r")
saved = []
r = R(); r.me = r
w = weakref.ref(r, cb)
u = U(); u.me = u
del r, u
n = gc.collect()
assert w() is None
if n == 0:
    print("collected 0 (the whole batch survives)")
else:
    print(f"collected {n} (only the resurrected object survives)")
print("saved.clear()")
saved.clear()
print("collected", gc.collect())
