# Function destruction: defaults tuple (last->first), then kw-only defaults, then the
# function's __dict__, then the closure cells. Same on all versions.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def outer():
    cell = D("cell")
    def f(a=D("def1"), b=D("def2"), *, k=D("kwdef")):
        return cell
    return f
f = outer()
f.attr = D("func attr")
del f
print("end")
