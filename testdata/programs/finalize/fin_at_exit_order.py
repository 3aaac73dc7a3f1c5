# At exit the live finalizers with atexit=True run newest first, before any __del__ of globals;
# atexit=False ones and detached ones never run (the objects' __del__ still runs afterwards).
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def fin(n):
    print("finalize", n)

g1 = C("g1"); f1 = weakref.finalize(g1, fin, "g1")
g2 = C("g2"); f2 = weakref.finalize(g2, fin, "g2")
g3 = C("g3"); f3 = weakref.finalize(g3, fin, "g3"); f3.atexit = False
g4 = C("g4"); f4 = weakref.finalize(g4, fin, "g4")
g5 = C("g5"); f5 = weakref.finalize(g5, fin, "g5"); f5.detach()
g6 = C("g6"); weakref.finalize(g6, fin, "g6")
print("atexit flags:", f1.atexit, f3.atexit, f5.atexit)
print("end of script")
