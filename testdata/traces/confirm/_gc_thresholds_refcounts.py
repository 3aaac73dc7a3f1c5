# Confirms the engine-state facts asserted by gc_threshold_auto.heap and new_kinds_refcounts.heap
# (run with /work/shared/cpython-experiments/run.sh on 3.8-3.13). The leading underscore keeps
# scripts/record-cpython.py from taking it for a twin.
import gc, weakref, sys
gc.collect()
class S:
    __slots__ = ("me", "__weakref__")
gc.set_threshold(10)
gc.collect()
s = S(); s.me = s
w = weakref.ref(s)
del s
keep = []
for i in range(30):
    keep.append([])
print("threshold 10, 30 lists later: cycle dead:", w() is None)
gc.disable()
s = S(); s.me = s
w = weakref.ref(s)
del s
for i in range(30):
    keep.append([])
print("disabled: cycle alive:", w() is not None)
gc.enable()
gc.set_threshold(0)
for i in range(30):
    keep.append([])
print("threshold 0: cycle alive:", w() is not None)
gc.set_threshold(10)
for i in range(30):
    keep.append([])
print("threshold 10 again: dead:", w() is None)
x = S()
gc.collect()
y = S()
for i in range(30):
    keep.append([])
print("survivor y promoted:", y in gc.get_objects(generation=1) or y in gc.get_objects(generation=2), "y not gen0:", y not in gc.get_objects(generation=0))
# refcounts of fresh objects
import types
l = [1]; t = tuple(l); st = {1}; fs = frozenset(st); d = dict(a=l); c = (lambda v: (lambda: v).__closure__[0])(l)
s = "".join(["ab", "c"]); n = int("1000"); o = S()
for name in ("l", "t", "st", "fs", "d", "c", "s", "n", "o"):
    print(name, sys.getrefcount(globals()[name]) - 1, gc.is_tracked(globals()[name]))
print("l refs:", sys.getrefcount(l) - 1)
print(weakref.getweakrefcount(st), weakref.getweakrefcount(fs))
w1 = weakref.ref(st); w2 = weakref.ref(fs); print(weakref.getweakrefcount(st), weakref.getweakrefcount(fs))
print("class refcount (name, mro, 2 getsets, instances):", sys.getrefcount(S) - 1)
