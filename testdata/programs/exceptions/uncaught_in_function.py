# An uncaught exception in a function: traceback on stderr, exit status 1; the failing
# frames' locals are kept by sys.last_traceback and die at shutdown, before the globals.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    x = D("local of f")
    raise ValueError("uncaught")
g = D("global")
print("calling f")
f()
print("never printed")
