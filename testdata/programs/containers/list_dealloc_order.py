# T01: a list releases its items from the last index to the first, recursively depth first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = [D(1), D(2), D(3)]
x = None
print("---")
y = [D("a"), [D("b1"), D("b2")], D("c")]
del y
print("---")
shared = D("shared")
z = [shared, D("own"), shared]
del z
print("shared survives", shared.n)
