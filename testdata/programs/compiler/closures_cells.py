# Cells: a parameter captured by a closure, nonlocal rebinding, a class body reading an
# enclosing function's variable, and the cell keeping its object alive after the frame ends.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def outer(p):
    q = D("q")
    def inner():
        nonlocal q
        old = q
        q = D("q2")
        return p.n + "/" + old.n
    return inner
fn = outer(D("p"))
print("made closure")
print(fn())
print(fn())
del fn
print("closure gone")
def make_class(v):
    class K:
        attr = v
        def get(self):
            return v
    return K
K = make_class(D("v"))
print(K.attr.n, K().get().n)
del K
import gc
gc.collect()
print("end")
