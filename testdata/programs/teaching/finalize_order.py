import weakref
class Conn:
    def __init__(self, n): self.n = n
def closer(n, how):
    print("closing", n, how)
a = Conn(1)
b = Conn(2)
fa = weakref.finalize(a, closer, 1, "on gc")
fb = weakref.finalize(b, closer, 2, how="at exit")
print(fa.alive, fb.alive, fa.peek()[2:])
del a
print("fa alive:", fa.alive)
c = Conn(3)
fc = weakref.finalize(c, closer, 3, "manual")
print(fc(), fc.alive, fc())
fd = weakref.finalize(Conn(4), closer, 4, "immediately")
print("detached:", fb.detach() is not None, fb.alive)
fe = weakref.finalize(c, print, "exit finalizer for c runs at shutdown")
print("end of script")
