# A chained comparison evaluates the middle operand once; its temporary dies at the end.
class N:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __del__(self):
        print("del", self.v)


print(N(1) < N(2) < N(3))
print("next")
print(N(3) < N(2) < N(1))
print("end")
