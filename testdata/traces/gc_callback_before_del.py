import gc, weakref
gc.disable()
class D:
    def __del__(self): print("__del__")
def cb(r): print("callback")
b = D(); b.me = b
w = weakref.ref(b, cb)
del b
gc.collect()
print("end")
