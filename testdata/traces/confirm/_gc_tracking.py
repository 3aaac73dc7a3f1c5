# Confirms the engine-state facts asserted by gc_tracking.heap and gc_cycle_counts_*.heap (run with
# /work/shared/cpython-experiments/run.sh on 3.8-3.13). The leading underscore keeps
# scripts/record-cpython.py from taking it for a twin.
import gc, weakref, sys
gc.disable(); gc.collect()
class A: pass
def cbdrop(r):
    global w
    print("cb")
    del w
a = A(); a.me = a
w = weakref.ref(a, cbdrop)
del a
print("self-cycle + ref dropped by its callback:", gc.collect())
a = A(); a.me = a
w2 = weakref.ref(a, lambda r: print("cb2"))
del a
print("self-cycle + ref kept:", gc.collect())
gc.collect(); gc.collect(0)
c = gc.get_count(); print("after collect(0):", c[1:])
gc.collect(); gc.collect(1)
c = gc.get_count(); print("after collect(1):", c[1:])
class S:
    __slots__ = ("me", "__weakref__")
s = S(); s.me = s
gc.freeze()
c = gc.get_count(); print("after freeze", c)
del s
print("frozen:", gc.collect(), gc.get_freeze_count() > 0)
gc.unfreeze()
print("unfrozen:", gc.collect())
d = {1: 2}; print(gc.is_tracked(d)); d["k"] = []; print(gc.is_tracked(d))
t = tuple([1, 2]); print(gc.is_tracked(t)); gc.collect(); print(gc.is_tracked(t))
print(gc.is_tracked("s"), gc.is_tracked(A()))
x = A()
print([x in gc.get_objects(generation=g) for g in range(3)])
gc.collect(0)
print([x in gc.get_objects(generation=g) for g in range(3)])
gc.collect(1)
print([x in gc.get_objects(generation=g) for g in range(3)])
