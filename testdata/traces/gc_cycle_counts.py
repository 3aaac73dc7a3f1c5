import weakref, gc, sys
gc.disable(); gc.collect()
class A: pass
class S:
    __slots__ = ("o", "__weakref__")
def cbdrop(r):
    global w
    print("cb")
    del w
def cbkeep(r): print("cb2")
a = A(); b = A(); a.o = b; b.o = a
del a, b
print("2-cycle of instances:", gc.collect())
c = A(); c.me = c
del c
print("instance self-cycle:", gc.collect())
l = []; l.append(l)
del l
print("list self-cycle:", gc.collect())
d = {}; d["d"] = d
del d
print("dict self-cycle:", gc.collect())
s = S(); s.o = s
del s
print("slots self-cycle:", gc.collect())
e = A(); e.me = e
lst = [1, 2, 3]; e.lst = lst
t = tuple(lst[:2]); e.t = t
dd = {"x": 1}; e.d = dd
inner = []; tl = (inner,); e.tl = tl
del lst, t, dd, inner, tl
gc.collect()      # untracks e.t (reachable, atoms only)
del e
print("instance with list, atomic tuple, atomic dict, tuple of list:", gc.collect())
f = A(); f.me = f
w = weakref.ref(f, cbdrop)
del f
print("self-cycle + ref dropped by its callback:", gc.collect())
g = A(); g.me = g
w2 = weakref.ref(g, cbkeep)
del g
print("self-cycle + ref kept:", gc.collect())
