import weakref
class C: pass
def f0(): print("finalize 0")
def f1(): print("finalize 1")
def f2(): print("finalize 2")
a = C(); b = C(); c = C()
x0 = weakref.finalize(a, f0)
x1 = weakref.finalize(b, f1)
x2 = weakref.finalize(c, f2)
x2.atexit = False
print("end of script")
