# A generator expression evaluates its first iterable immediately (and holds its iterator);
# the other iterables run lazily. Dropping it suspended: 3.8-3.12 B1,A1,A0,B0; 3.13 A1,A0,B1,B0
# (3.13 clears the frame without throwing GeneratorExit: locals, then the stack).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def source(tag):
    print("source", tag, "evaluated")
    return [D(tag + "0"), D(tag + "1")]
g = (a.n + b.n for a in source("A") for b in source("B"))
print("genexpr created")
print(next(g))
print("first item taken")
del g
print("genexpr dropped")
h = (x.n for x in source("C"))
print(list(h))
print("end")
