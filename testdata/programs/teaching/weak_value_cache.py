import weakref, gc
class Image:
    def __init__(self, name):
        self.name = name
        print("load", name)
    def __del__(self):
        print("unload", self.name)
cache = weakref.WeakValueDictionary()
def get(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
    return img
a = get("logo")
b = get("logo")
print(a is b, len(cache))
c = get("banner")
print(sorted(cache.keys()))
del a
print("a deleted", sorted(cache))
del b
print("b deleted", sorted(cache))
c = None
print("all gone", len(cache), list(cache.items()))
