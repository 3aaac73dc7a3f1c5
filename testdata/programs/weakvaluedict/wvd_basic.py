# WeakValueDictionary basics: item access, get with default, len, `in`, KeyError for a
# missing key and for a key whose value died by refcount.
import weakref

class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Item(%s)" % self.name
    def __del__(self):
        print("__del__", self.name)

d = weakref.WeakValueDictionary()
a, b = Item("a"), Item("b")
d["a"] = a
d["b"] = b
print(len(d), d["a"], d.get("b"), d.get("zzz"), d.get("zzz", "default"), "a" in d, "zzz" in d)
del a
print(len(d), "a" in d, d.get("a"), sorted(d))
for key in ("a", "missing"):
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e)
b = None
print("empty:", len(d), list(d.keys()), list(d.values()))
