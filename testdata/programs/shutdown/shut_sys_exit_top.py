# sys.exit with a message at top level: the message goes to stderr, status 1; the finalizer and
# the globals' __del__ still run.
import sys, weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

a = C("a")
weakref.finalize(a, print, "finalizer of a")
b = C("b")
sys.exit("fatal: stopping")
