# Locals die at return in frame order: parameters, then other locals in order of first
# appearance (not assignment order at run time). Return value survives. Same on all versions.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f(flag):
    if flag:
        b = D("b")
        a = D("a")
    else:
        a = D("a")
        b = D("b")
    c = D("c")
    keep = D("returned")
    z = D("z")
    return keep
r = f(True)
print("got", r.n)
r = f(False)
print("got", r.n)
