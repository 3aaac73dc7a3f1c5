import weakref, gc, sys
gc.disable(); gc.collect()
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"__del__ {self.n}")
def cba(r): print("callback a")
def cba2(r): print("callback a (newer)")
def cbb(r): print("callback b")
a = D("a")
b = D("b")
a.peer = b
b.peer = a
wa = weakref.ref(a, cba)
wb = weakref.ref(b, cbb)
wa2 = weakref.ref(a, cba2)
del a, b
print("collect")
gc.collect()
