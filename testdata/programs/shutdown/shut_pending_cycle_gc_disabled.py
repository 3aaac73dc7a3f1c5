# With gc disabled the pending cycle is not collected before the globals: everything dies in
# the final collection in creation order (global, cycle, hook) after the exit finalizer.
import gc, weakref
gc.disable()

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
