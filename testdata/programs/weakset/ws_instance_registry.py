# A class that keeps a WeakSet of its live instances: the count follows refcount deaths and a
# cyclic instance leaves only at gc.collect(); names printed sorted (set order is address based).
import weakref, gc

class Tracked:
    live = weakref.WeakSet()
    def __init__(self, name):
        self.name = name
        Tracked.live.add(self)
    def __del__(self):
        print("__del__", self.name)

def names():
    return sorted(t.name for t in Tracked.live)

a, b, c = Tracked("a"), Tracked("b"), Tracked("c")
print(len(Tracked.live), names())
del b
print(len(Tracked.live), names())
c.me = c
del c
print("cycle pending:", len(Tracked.live), names())
gc.collect()
print("after collect:", len(Tracked.live), names())
print("end")
