# An exhausted generator clears its frame inside the final next(): locals die before the
# StopIteration reaches the caller, and in a for loop before the statement after the loop.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    a = D("a")
    yield 1
    b = D("b")
    yield 2
    print("generator returning")
g = gen()
for v in g:
    print("got", v)
print("after loop; generator object still bound")
del g
print("---")
g2 = gen()
print(next(g2), next(g2))
try:
    next(g2)
except StopIteration:
    print("StopIteration caught")
print("end")
