# Default values are created once, held by the function, and shared between calls; they
# die only when the function dies (defaults tuple last->first).
class D:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self): print("del", self.n)
def f(a=D("default-a"), b=D("default-b"), *, c=D("kwonly-c")):
    return a.n + b.n + c.n
print("defined")
print(f())
print(f(D("x")))
print(f())
del f
print("function deleted")
