# Chained comparison a == b == c: first comparison, a released, second comparison,
# then b and c released. Short-circuit never creates the third operand.
class D:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self): print("del", self.n)
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return self.n < 10
    __hash__ = None
print(D(1) == D(2) == D(3))
print("---")
print(D(11) == D(12) == D(13))
print("end")
