# Weakrefs that are part of the garbage are cleared without calling their callbacks; an external
# weakref's callback fires. A 3-cycle with 2 leaves and an inner weakref: 3.8-3.10 10, 3.11+ 7.
import gc, weakref

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

gc.collect()
a, b, c = N("a"), N("b"), N("c")
a.next, b.next, c.next = b, c, a
a.leaf = N("leaf-a")
b.leaf = N("leaf-b")
c.w = weakref.ref(a, lambda r: print("inner callback: never printed"))
outer = weakref.ref(b, lambda r: print("outer callback"))
del a, b, c
print("collected:", gc.collect())
print("outer dead:", outer() is None)
