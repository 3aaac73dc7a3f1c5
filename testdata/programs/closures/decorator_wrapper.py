# A plain-function decorator: the wrapper closes over the original function and a
# per-decoration object; replacing the decorated name frees the whole chain.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def tagged(fn):
    tag = D("tag of " + fn.__name__)
    def wrapper(*args):
        print("calling", fn.__name__, "with", tag.n)
        return fn(*args)
    return wrapper
@tagged
def add(a, b):
    return a + b
@tagged
@tagged
def twice(x):
    return 2 * x
print(add(1, 2))
print(twice(5))
add = None
print("add gone")
twice = None
print("end")
