# T15: an uncaught exception keeps the failing frame's locals alive (sys.last_traceback) until
# after the exit finalizers; globals die after that; stderr has the traceback, status 1.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

g = C("global")
weakref.finalize(C.__init__, print, "exit finalizer")
def f():
    x = C("local")
    raise ValueError("uncaught")
f()
