# A finalizer running at exit may register another finalizer for a live object: the exit loop
# picks it up and runs it too.
import weakref

class C:
    def __init__(self, n):
        self.n = n

def second(n):
    print("second-generation finalizer", n)

def first(n, other):
    print("exit finalizer", n)
    weakref.finalize(other, second, n)

a = C("a")
b = C("b")
keep = C("keep")
weakref.finalize(a, first, "a", keep)
weakref.finalize(b, print, "plain finalizer b")
print("end of script")
