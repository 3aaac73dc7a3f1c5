# T10: at exit the globals die in the final collection: a, b, then the list items last first;
# the callback of a weakref stored in a global never fires (the weakref is garbage too).
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

a = C("a")
lst = [C("in-list-1"), C("in-list-2")]
b = C("b")
r = weakref.ref(b, lambda r: print("callback never printed"))
print("end")
