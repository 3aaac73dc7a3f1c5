# weakref.ref without callback: calling it returns the referent while alive, None after the
# last strong reference goes; the basic ref (no callback) is shared, refs with callbacks are new.
import weakref

class Node:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Node(%s)" % self.name
    def __del__(self):
        print("__del__", self.name)

n = Node("n")
r = weakref.ref(n)
print(r(), r() is n)
print("same basic ref:", weakref.ref(n) is r, weakref.ref(n, None) is r)
r2 = weakref.ref(n, lambda ref: print("callback"))
print("callback ref is new:", r2 is r, r2() is n)
print("count:", weakref.getweakrefcount(n))
m = n
del n
print("still alive via m:", r())
m = None
print("after rebinding m:", r(), r2())
print("dead ref stays dead:", r(), weakref.getweakrefcount(r))
