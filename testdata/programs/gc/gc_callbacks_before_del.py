# In a collection every weakref callback of the garbage runs before any __del__; inside __del__
# the weakrefs are already dead but the peers' attributes are still intact.
import gc, weakref

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name, "| peer", self.peer.name, "| ref alive:", refs[self.name]() is not None)

gc.collect()
a, b = N("a"), N("b")
a.peer, b.peer = b, a
refs = {"a": weakref.ref(a, lambda r: print("callback a")),
        "b": weakref.ref(b, lambda r: print("callback b"))}
del a, b
print("collect:", gc.collect())
c = N("c")
c.peer = c
refs["c"] = weakref.ref(c, lambda r: print("callback c"))
del c
print("collect:", gc.collect())
