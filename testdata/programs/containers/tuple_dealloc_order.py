# Tuples release items last->first; the empty tuple is a shared singleton. `x is ()` draws a
# SyntaxWarning on stderr (3.12+: "is" with 'tuple' literal).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
t = (D(1), D(2), (D(3), D(4)), D(5))
del t
print("---")
print(tuple([]) is (), () is ())
pair = (D("p"), D("q"))
a, b = pair
del pair
print("names keep items")
del a
del b
print("end")
