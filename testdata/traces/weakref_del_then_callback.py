import weakref, gc, sys
class D:
    def __del__(self): print("__del__ (weakrefs still alive)" if w() is self else "__del__ (weakref dead!)")
def cb(r): print("callback" if r() is None else "callback (ref alive!)")
a = D()
w = weakref.ref(a, cb)
del a
