import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
def pcb(p): print("proxy callback")
def rcb(r): print("ref callback")
o = D("o")
r = weakref.ref(o, rcb)
p = weakref.proxy(o, pcb)
q = weakref.proxy(o)
q2 = weakref.proxy(o)
assert q is q2
del o
