# An atexit=False finalizer does not run at exit, and not even when its object is freed later
# during interpreter shutdown (the finalize machinery is already shut down).
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def fin(n):
    print("fin", n)

a = C("a")
b = C("b")
f = weakref.finalize(b, fin, "b")
f.atexit = False
c = C("c")
weakref.finalize(c, fin, "c")
d = C("d")
weakref.finalize(d, fin, "d").atexit = False
del d
print("end")
