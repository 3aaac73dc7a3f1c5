# Weakrefs stored in globals (directly or in a list) are garbage at exit with their referents,
# so their callbacks never fire; callbacks do fire for objects freed earlier.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def cb(r):
    print("callback")

early = C("early")
r0 = weakref.ref(early, cb)
del early
x = C("x")
r = weakref.ref(x, cb)
y = C("y")
keep = [weakref.ref(y, cb)]
print("end")
