# *args is a tuple (items last->first), **kwargs a dict (entry order); they occupy their
# parameter positions in the frame. 3.8-3.10 also keep the caller's copies until return.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(first, *args, last=None, **kwargs):
    print("in f:", first.n, [a.n for a in args], last.n, sorted(kwargs))
    loc = D("local")
f(D("first"), D("a1"), D("a2"), last=D("last"), k1=D("k1"), k2=D("k2"))
print("---")
def g(*args):
    return len(args)
lst = [D("l1"), D("l2")]
print(g(*lst))
lst = None
print("end")
