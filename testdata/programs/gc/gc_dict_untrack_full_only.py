# A dict that once held a container stays tracked after the container is removed; only a full
# collection untracks it, not gc.collect(0) or gc.collect(1); a fresh tuple value retracks it.
import gc
gc.disable()
d = {"x": 1}
print("atomic values:", gc.is_tracked(d))
d["l"] = []
print("holds a list:", gc.is_tracked(d))
del d["l"]
print("list removed:", gc.is_tracked(d))
gc.collect(0)
print("after collect(0):", gc.is_tracked(d))
gc.collect(1)
print("after collect(1):", gc.is_tracked(d))
gc.collect()
print("after full collect:", gc.is_tracked(d))
d["t"] = (len(d), 2)
print("after storing a fresh tuple:", gc.is_tracked(d))
e = {"inner": {}}
gc.collect()
print("dict holding an empty dict after full collect:", gc.is_tracked(e), gc.is_tracked(e["inner"]))
