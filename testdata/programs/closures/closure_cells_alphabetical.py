# A function's closure tuple is sorted by variable name, so when the function dies its
# cells are released in reverse alphabetical order. Same on all versions.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def outer():
    zeta = D("zeta")
    alpha = D("alpha")
    mid = D("mid")
    def inner():
        return alpha.n + mid.n + zeta.n
    return inner
f = outer()
print(f())
del f
print("end")
