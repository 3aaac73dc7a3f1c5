# sys.exit(None) gives status 0 and sys.exit(True) status 1; here sys.exit(None) is called
# from a nested call with a live local and a finalizer registered.
import sys, weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def inner():
    x = C("inner local")
    sys.exit(None)

def outer():
    y = C("outer local")
    inner()

keep = C("global")
weakref.finalize(keep, print, "finalizer")
try:
    sys.exit(True)
except SystemExit as e:
    print("sys.exit(True) code:", e.code)
outer()
