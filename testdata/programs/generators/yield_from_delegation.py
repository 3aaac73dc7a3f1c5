# yield from: the outer generator holds the inner one; closing the outer closes the inner
# first (inner finally, then outer finally).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def inner():
    x = D("inner-local")
    try:
        yield "i1"
        yield "i2"
        return "inner result"
    finally:
        print("inner finally")
def outer():
    y = D("outer-local")
    try:
        r = yield from inner()
        print("yield from returned", r)
        yield "o1"
    finally:
        print("outer finally")
print(list(outer()))
print("---")
g = outer()
print(next(g))
del g
print("end")
