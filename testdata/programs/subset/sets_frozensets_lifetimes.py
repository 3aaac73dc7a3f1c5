# Sets of instances with __hash__/__eq__: discard, remove, set operations.
class K:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return "K%d" % self.n

    def __del__(self):
        print("del K%d" % self.n)


s = {K(1), K(2), K(3)}
print(sorted(s, key=lambda k: k.n))
s.discard(K(2))
print("after discard")
s.add(K(1))
print("after adding an equal key")
print(K(3) in s, K(9) in s)
try:
    s.remove(K(9))
except KeyError as e:
    print("KeyError", e)
f = frozenset(s)
s = None
print("after s = None")
print(len(f), sorted(f, key=lambda k: k.n))
f = None
print("end")
