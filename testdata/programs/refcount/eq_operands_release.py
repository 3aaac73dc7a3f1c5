# Binary operators release the left operand, then the right, after the operation.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def __eq__(self, other):
        print("eq", self.n, other.n)
        return True
    __hash__ = None
print(D(1) == D(2))
print("---")
print(D(3) is D(4))
print("---")
r = D(5) != D(6)
print("ne ->", r)
print("---")
print([D(7)] + [D(8)] == [])
print("end")
