class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x + self.k

    def __repr__(self):
        return "Adder(%r)" % self.k

    def __str__(self):
        return "add %d" % self.k

    def __del__(self):
        print("del", repr(self))


a = Adder(5)
print(a(1), callable(a), callable(5), str(a), repr(a), [a], "%s/%r" % (a, a))
print(f"{a} {a!r}")
print(list(map(Adder(10), [1, 2])))
a = None
print("end")
