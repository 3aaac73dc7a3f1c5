# gc.get_referents order: lists and tuples last item first, str-keyed dicts values only, other
# dicts value then key; instances: 3.8-3.10 [__dict__, class], 3.11+ attribute values then class.
import gc

class D:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return "D%s" % self.n

def show(objs):
    return [o if isinstance(o, (D, int, str)) else type(o).__name__ for o in objs]

print(show(gc.get_referents([D(1), D(2), "s", 5])))
print(show(gc.get_referents((D(1), D(2), [3]))))
print(show(gc.get_referents({"a": D(1), "b": D(2)})))
print(show(gc.get_referents({D(1): D(2), D(3): D(4)})))
print(show(gc.get_referents({"a": D(1), 5: D(2)})))
print(show(gc.get_referents(D(1), [D(2)])))
x = D("x")
x.a = D("a")
x.b = "str attr"
print(show(gc.get_referents(x)))
print(show(gc.get_referents(7, "s", None)))
