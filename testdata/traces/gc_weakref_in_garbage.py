import weakref, gc, sys
gc.disable(); gc.collect()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"__del__ {self.n}")
def cbin(r): print("callback of a weakref inside the garbage (never)")
def cbout(r): print("callback of the outside weakref")
def cbself(r): print("callback of a weakref in its referent's dict")
a = D("a")
b = D("b")
a.peer = b
b.peer = a
win = weakref.ref(b, cbin)
a.wr = win
del win
wout = weakref.ref(a, cbout)
del a, b
print("collect")
gc.collect()
c = D("c (refcount death)")
ws = weakref.ref(c, cbself)
c.wr = ws
del ws
del c
e = D("e (gc death)")
e.me = e
ws2 = weakref.ref(e, cbself)
e.wr = ws2
del ws2
del e
print("collect")
gc.collect()
