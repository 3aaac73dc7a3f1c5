# Defining __eq__ without __hash__ makes instances unhashable; __hash__ = None likewise;
# a subclass can restore hashing.
class P:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return isinstance(o, P) and self.n == o.n
class Q(P):
    def __hash__(self): return self.n
print(P.__hash__ is None, P(1) == P(1), P(1) != P(2), P(1) == 1)
print(len({Q(1), Q(1), Q(2)}), Q(3) in {Q(3)})
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
d = {Q(5): "five"}
print(d[Q(5)], Q(5) in d, [Q(1)].index(Q(1)), [P(2), P(3)].count(P(3)))
h = P(9)
h = {h}
