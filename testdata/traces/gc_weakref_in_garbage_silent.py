import gc, weakref
gc.disable()
class D:
    def __del__(self): print("__del__")
def cb(r): print("callback never printed")
b = D()
b.w = weakref.ref(b, cb)
b.me = b
del b
gc.collect()
print("end")
