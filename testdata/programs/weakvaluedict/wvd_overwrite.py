# Re-binding a key to a new value drops the old KeyedRef: the old value's later death does not
# touch the new entry; storing the same value under two keys gives two entries that vanish together.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n, "len", len(d))

d = weakref.WeakValueDictionary()
old = C("old")
d["k"] = old
new = C("new")
d["k"] = new
print(d["k"].n, weakref.getweakrefcount(old), weakref.getweakrefcount(new))
del old
print("k still maps to", d["k"].n)
d["k2"] = new
print(sorted(d), weakref.getweakrefcount(new))
del new
print("end", len(d), sorted(d))
