# map/filter are lazy: the function runs per next(); the results die as they are consumed.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def mk(n):
    print("mk", n)
    return D(n)
m = map(mk, [1, 2, 3])
print("map created")
first = next(m)
print("first", first.n)
del first
for o in m:
    print("loop", o.n)
print(list(filter(lambda v: v % 2, range(8))), list(filter(None, [0, 1, "", "x", None])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
