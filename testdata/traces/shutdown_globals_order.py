import weakref
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print("__del__", self.n)
def cb(r): print("callback never printed")
a = C("a")
lst = [C("in-list-1"), C("in-list-2")]
b = C("b")
r = weakref.ref(b, cb)
print("end")
