# A callback that raises is reported on stderr as "Exception ignored in: <function ...>" with a
# traceback; the other callbacks on the same object still run and the program continues.
import weakref

class C:
    def __del__(self):
        print("__del__")

def bad(r):
    print("bad callback runs")
    raise ValueError("callback failed")

o = C()
r1 = weakref.ref(o, lambda r: print("older callback"))
r2 = weakref.ref(o, bad)
r3 = weakref.ref(o, lambda r: print("newest callback"))
del o
print("program continues")
o2 = C()
r4 = weakref.ref(o2, lambda r: 1 / 0)
o2 = None
print("end")
