import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
def f():
    a = D("a")
    b = D("b")
    c = D("c")
    print("about to del b")
    del b
    tmp = D("a2 (rebinds a)")
    print("a = a2")
    a = tmp
    del tmp
    print("return")
    return
print("call f")
f()
print("after the call")
