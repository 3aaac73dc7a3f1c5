import weakref, gc, sys
class C: pass
def bad(r):
    print("newest callback raises")
    raise RuntimeError("callback failed")
def good(r): print("older callback still runs")
o = C()
r1 = weakref.ref(o, good)
r2 = weakref.ref(o, bad)
del o
print("after")
