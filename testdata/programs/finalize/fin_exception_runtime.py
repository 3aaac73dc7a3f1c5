# An exception raised by a finalizer's func during normal operation is reported on stderr as
# "Exception ignored in: <finalize object at 0x...; dead>" and the program continues.
import weakref

class C:
    pass

def boom(n):
    print("finalizer", n, "runs")
    raise RuntimeError("finalizer %d failed" % n)

c = C()
older = weakref.ref(c, lambda r: print("older ref callback still runs"))
weakref.finalize(c, boom, 1)
newer = weakref.ref(c, lambda r: print("newer ref callback"))
del c
print("continuing")
d = C()
f = weakref.finalize(d, boom, 2)
try:
    f()
except RuntimeError as e:
    print("direct call raises:", e)
print("alive after failed call:", f.alive)
