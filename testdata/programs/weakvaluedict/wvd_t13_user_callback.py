# T13: a user callback registered after the value was stored runs before the dictionary's own
# removal callback: len(d) still counts the dying entry, but `in` and iteration already skip it.
import weakref

class C:
    pass

d = weakref.WeakValueDictionary()
v = C()
d["k"] = v
d["other"] = keep = C()
w = weakref.ref(v, lambda r: print("user cb: len", len(d), "| 'k' in d:", "k" in d, "| keys", sorted(d)))
del v
print("after:", len(d), sorted(d))
