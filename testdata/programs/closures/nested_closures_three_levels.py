# Three nested scopes: the middle function passes the outer variable through its own
# closure even though it does not use it. Dies when the innermost function goes.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def a():
    x = D("x from a")
    def b():
        y = D("y from b")
        def c():
            return x.n + " / " + y.n
        return c
    return b
b = a()
print("a returned")
c = b()
print("b returned")
del b
print("b deleted")
print(c())
del c
print("end")
