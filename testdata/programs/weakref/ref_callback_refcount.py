# Refcount death: __del__ runs first and still sees the weakref alive, then the weakref is
# cleared and its callback runs, receiving the (now dead) weakref object itself.
import weakref

class D:
    def __del__(self):
        print("__del__: weakref alive?", w() is self)

def cb(ref):
    print("callback: got w?", ref is w, "| ref() ->", ref())

d = D()
w = weakref.ref(d, cb)
print("before del")
del d
print("after del")
