# sys.exit(3) still runs the exit finalizers (newest first) and then the globals' __del__;
# the exit status is 3.
import weakref, sys

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

x = C("x")
y = C("y")
weakref.finalize(x, print, "finalize x")
weakref.finalize(y, print, "finalize y")
print("exiting")
sys.exit(3)
print("never")
