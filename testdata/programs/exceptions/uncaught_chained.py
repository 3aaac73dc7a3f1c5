# An uncaught exception raised while handling another prints both tracebacks joined by
# "During handling of the above exception, another exception occurred:"; exit status 1.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    loc = D("f-local")
    try:
        {}["k"]
    except KeyError:
        raise ValueError("second")
f()
