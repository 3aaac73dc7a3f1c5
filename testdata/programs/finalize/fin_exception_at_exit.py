# A finalizer that raises at exit: the error is printed as a plain traceback (no "Exception
# ignored"), the other exit finalizers still run (newest first), exit status stays 0.
import weakref

class C:
    def __init__(self, n):
        self.n = n

def fin(n):
    print("exit finalizer", n)
    if n == 2:
        raise KeyError("fin boom")

objs = [C(i) for i in range(4)]
for o in objs:
    weakref.finalize(o, fin, o.n)
del o
print("end of script")
