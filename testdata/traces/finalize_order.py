import weakref, gc, sys
class C:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"__del__ {self.n}")
def before(r): print("ref cb (created before finalize)")
def after(r): print("ref cb (created after finalize)")
def fin(name): print("finalize c")
def find(): print("finalize d (fire and forget)")
c = C("c")
r1 = weakref.ref(c, before)
fc = weakref.finalize(c, fin, "c")
r2 = weakref.ref(c, after)
del c
d = C("d")
weakref.finalize(d, find)
del d
