# T10 with gc.disable(): no reordering collection at exit, so globals die in creation order
# (a, in-list-1, in-list-2, b) on every version.
import gc, weakref
gc.disable()

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

a = C("a")
lst = [C("in-list-1"), C("in-list-2")]
b = C("b")
r = weakref.ref(b, lambda r: print("callback never printed"))
print("end")
