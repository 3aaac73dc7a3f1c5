# A callback may drop other objects: their __del__ runs inside the callback, before the
# remaining (older) callbacks of the dying object.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

holder = [C("held-1"), C("held-2")]
target = C("target")
r_old = weakref.ref(target, lambda r: print("old callback, holder:", len(holder)))
def release(r):
    print("release callback starts")
    holder.clear()
    print("release callback ends")
r_new = weakref.ref(target, release)
del target
print("end")
