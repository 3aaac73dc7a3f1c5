# The attribute-child program with gc.disable(): creation order a, child, b on every version.
import gc
gc.disable()

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

a = C("a")
a.child = C("child")
b = C("b")
print("end")
