# gc.collect() counts for container cycles: self-containing list and dict (1 each), an instance
# holding a list, tuple, dict and a tuple-with-list (3.8-3.10: 5, 3.11+: 4).
import gc

class A:
    pass

gc.collect()
l = []
l.append(l)
del l
print("list:", gc.collect())
d = {}
d["d"] = d
del d
print("dict:", gc.collect())
t = ([],)
t[0].append(t)
del t
print("tuple+list:", gc.collect())
a = A(); a.me = a; a.lst = [1, 2, 3]; a.t = (1, 2); a.d = {"x": 1}; a.tl = ([],)
del a
print("instance with containers:", gc.collect())
