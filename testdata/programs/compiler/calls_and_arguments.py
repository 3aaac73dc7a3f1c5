# Call shapes: keywords, defaults, *args and **kwargs, keyword-only parameters, unpacking at
# the call site; temporaries passed as arguments die when the call is over.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(a, b=2, *args, c, d=4, **kw):
    return (a if isinstance(a, int) else a.n, b, len(args), c, d, sorted(kw))
print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))
print(f(D("temp arg"), c=D("temp kw").n))
print("after call")
def g(x, /, y):
    return x + y
print(g(1, y=2))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__ if hasattr(fn, "__name__") else "?")
        return fn(*a, **k)
    return wrapper
@deco
def h(v):
    return v * 2
print(h(21))
print("end")
