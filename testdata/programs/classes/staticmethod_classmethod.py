# staticmethod and classmethod: calling them on the class and on an instance; a classmethod
# factory returning a new instance that dies at once when discarded.
class D:
    count = 0
    def __init__(self, n):
        self.n = n
        D.count += 1
    def __del__(self): print("del", self.n)
    @staticmethod
    def twice(x):
        return x * 2
    @classmethod
    def make(cls, n):
        return cls(n)
class E(D):
    pass
print(D.twice(3), D(1).twice(4))
obj = E.make("from E")
print(type(obj).__name__, obj.n)
D.make("discarded")
print("count", D.count)
