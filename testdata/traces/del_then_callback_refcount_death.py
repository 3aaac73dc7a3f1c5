import weakref
class D:
    def __del__(self): print("__del__")
def cb(r): print("callback")
a = D()
w = weakref.ref(a, cb)
del a
print("end")
