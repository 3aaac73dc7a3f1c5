# `del` of a parameter inside the callee: 3.11+ frees the argument right there;
# 3.8-3.10 the caller's stack still holds it until the call returns.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(x):
    del x
    print("after del x in f")
    x = D("rebound")
    print("after rebinding x")
f(D("arg"))
print("---")
def g(y):
    y = None
    print("after y = None in g")
g(D("arg2"))
print("end")
