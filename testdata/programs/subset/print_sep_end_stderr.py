import sys


class Loud:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Loud(%d)" % self.n

    def __del__(self):
        print("del", self.n, sep=":", end="!\n")


print(Loud(1), Loud(2), sep=" | ", end=" <- temporaries\n")
print("to stderr", file=sys.stderr)
print("a", "b", "c", sep="")
print("no newline", end="")
print(" continued")
x = [Loud(3)]
print(*x, sep=", ")
x = None
print("end")
