# sys.exit() inside a function: SystemExit is handled and released before the exit hooks, so
# the function's local dies first, then the exit finalizer, then the globals; status 4.
import sys, weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

g = C("global")
weakref.finalize(C.__init__, print, "exit finalizer")
def f():
    loc = C("local")
    print("calling sys.exit(4)")
    sys.exit(4)
f()
