# frozensets die in table order like sets; int sets iterate by hash. A constant set display is
# built in a different order on 3.8 (BUILD_SET) than 3.9+ (frozenset constant), changing iteration.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __hash__(self): return self.n
    def __eq__(self, o): return self.n == o.n
f = frozenset([D(10), D(2), D(18)])
print([o.n for o in f])
f = None
print(list({33, 1, 8, 16, -1, 100, 0}))
print(sorted({3, 1, 2}), list(set(range(10, 0, -1))))
print(frozenset() == frozenset(), len(frozenset([1, 1, 2])))
