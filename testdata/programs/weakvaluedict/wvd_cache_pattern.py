# A typical cache: objects are created on demand and reused while someone holds them;
# once the last user drops them they disappear from the cache and are rebuilt.
import weakref

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
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

a = get("sky")
b = get("sky")
print(a is b, Image.loads)
del a
print("cached:", sorted(cache))
del b
print("cached:", sorted(cache))
c = get("sky")
print(Image.loads, len(get("sea").name))
print("end", sorted(cache))
