# Cyclic garbage still pending at exit (gc enabled) is freed by the exit-time collection with
# callbacks, after the exit finalizers and before the ordinary globals.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

g = C("global")
x = C("cycle")
x.me = x
del x
hook = C("hook")
weakref.finalize(hook, print, "exit finalizer")
print("end")
