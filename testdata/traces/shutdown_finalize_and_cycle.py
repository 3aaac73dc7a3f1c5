import atexit, weakref, gc, sys
gc.set_threshold(100000)
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def bye(): print("atexit")
def fin(): print("finalize g (at exit)")
def cbx(r): print("callback of the pending cycle")
g = C("global")
weakref.finalize(g, fin)
atexit.register(bye)
x = C("pending cycle")
x.me = x
wx = weakref.ref(x, cbx)
keep = [wx]
del wx
del x
print("end")
