# NameError with nothing similar to suggest; objects alive in globals still die at exit.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
g = D("global")
print("before")
qqqqqqqq()
