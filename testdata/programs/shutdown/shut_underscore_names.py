# __main__ globals are not cleared underscore-names-first: z, _u, a, __dunder, b, then the list
# items last first (all versions); a function in between changes nothing.
class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

z = C("z")
_u = C("_u")
a = C("a")
def f():
    pass
lst = [C("l1"), C("l2")]
__dunder = C("__dunder")
b = C("b")
print("end of main")
