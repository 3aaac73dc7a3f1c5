import weakref, gc, sys
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n, flush=True)
def fn(*a): print("fin called", a)
f1 = weakref.finalize(C("fkey"), fn)
obj = C("target")
f2 = weakref.finalize(obj, fn, C("fin-arg-atexit-false"))
f2.atexit = False
weakref._wpriv = C("weakref._wpriv")
weakref.wpub = C("weakref.wpub")
gc.gcpub = C("gc.gcpub")
import _weakrefset
_weakrefset.ws = C("_weakrefset.ws")
main_obj = C("main_obj")
d = weakref.WeakValueDictionary()
d["k"] = obj
print("end of script")
