# values() and items() keep a strong reference to the value they just yielded until the
# generator is resumed or discarded, so the value survives `del` of the last name.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

d = weakref.WeakValueDictionary()
a, b = C("a"), C("b")
d["a"] = a
d["b"] = b
it = iter(d.values())
v = next(it)
print("got", v.n)
del v, a
print("after del v, a: still alive?", "a" in d)
print("next:", next(it).n)
print("after next")
del it
print("after del it")
items = d.items()
k, v = next(items)
del b, v
print("item generator still holds b:", "b" in d)
del items
print("end", len(d))
