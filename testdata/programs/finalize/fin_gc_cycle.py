# An object in a cycle: its finalizer runs during gc.collect(), before its __del__ (callbacks
# precede finalizers in a collection); the collect count includes the finalize's weakref.
import weakref, gc

class Node:
    def __init__(self, n):
        self.n = n
        self.me = self
    def __del__(self):
        print("__del__", self.n)

gc.collect()
a = Node("a")
f = weakref.finalize(a, print, "finalize a")
del a
print("alive before collect:", f.alive)
print("collected:", gc.collect())
print("alive after:", f.alive)
