# A user callback registered before the value is stored is older than the dictionary's
# KeyedRef, so it runs after the entry was removed: len(d) is already 0.
import weakref

class C:
    def __del__(self):
        print("__del__: len", len(d), "'k' in d", "k" in d)

d = weakref.WeakValueDictionary()
v = C()
w = weakref.ref(v, lambda r: print("user cb: len", len(d), "'k' in d", "k" in d))
d["k"] = v
print(len(d), weakref.getweakrefcount(v))
del v
print("after:", len(d))
