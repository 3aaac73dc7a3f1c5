# Several callbacks on one object run newest first, and when the first one runs every
# weakref to the object is already dead (T03).
import weakref

class C:
    pass

o = C()
r1 = weakref.ref(o, lambda r: print("cb1 sees r2 dead:", r2() is None, "r3 dead:", r3() is None))
r2 = weakref.ref(o, lambda r: print("cb2"))
r3 = weakref.ref(o, lambda r: print("cb3 sees r1 dead:", r1() is None))
print(weakref.ref(o) is weakref.ref(o), weakref.getweakrefcount(o))
del o
print("done")
