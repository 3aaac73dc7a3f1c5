# A gc.callbacks entry that is a function of __main__ keeps the main dict alive until after
# sys.stdout is gone, so no __del__ output at exit; the exit collection's callback still prints.
import gc, sys

class C:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

def cb(phase, info):
    sys.stdout.write("gc %s gen=%d\n" % (phase, info["generation"]))

a = C("a")
b = C("b")
gc.collect()
gc.callbacks.append(cb)
print("end of main")
