# A weakref object that dies before its referent never calls its callback: a ref created as
# an expression statement, a ref deleted explicitly, a ref inside a list that is cleared.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

a = C("a")
weakref.ref(a, lambda r: print("never: temporary ref"))
kept = weakref.ref(a, lambda r: print("kept ref fires"))
gone = weakref.ref(a, lambda r: print("never: deleted ref"))
del gone
refs = [weakref.ref(a, lambda r: print("never: ref in list", i)) for i in range(3)]
refs.clear()
print("count:", weakref.getweakrefcount(a))
del a
print("end")
