# On refcount death: __del__ first, then weakref callbacks newest first, where the finalize
# counts as a callback created when finalize() was called.
import weakref

class C:
    def __del__(self):
        print("__del__")

c = C()
r1 = weakref.ref(c, lambda r: print("ref callback created before finalize"))
f = weakref.finalize(c, print, "finalize callback")
r2 = weakref.ref(c, lambda r: print("ref callback created after finalize"))
f2 = weakref.finalize(c, print, "second finalize")
print("refs on c:", weakref.getweakrefcount(c))
del c
print("end")
