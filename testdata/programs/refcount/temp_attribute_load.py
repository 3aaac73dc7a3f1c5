# T08: a temporary dies as soon as the evaluation stack drops it: before print runs.
# Same on all versions.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
    def get(self): return self.n
print("value:", D(1).n)
print("method:", D(2).get())
D(3)
print("next statement")
x = D(4).n
print("x =", x)
print(f"fstring {D(5).n}")
print("index:", [D(6), D(7)][0].n)
print("end")
