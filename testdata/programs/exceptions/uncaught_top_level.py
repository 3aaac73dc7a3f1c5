# An uncaught exception at module level: statements after it never run, globals still die
# at shutdown; exit status 1. KeyError shows the repr of the key.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
a = D("a")
d = {"present": 1}
print(d["present"])
print(d["missing"])
b = D("b")
