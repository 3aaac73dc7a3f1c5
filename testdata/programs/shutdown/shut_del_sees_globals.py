# During exit the globals are still intact while __del__ methods run (they are cleared only
# after all finalizers), so __del__ can use other globals and modules.
import sys

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        sys.stdout.write("__del__ %s sees PREFIX=%s, other=%s\n" % (self.n, PREFIX, other.n))

PREFIX = "ok"
first = C("first")
other = C("other")
print("end")
