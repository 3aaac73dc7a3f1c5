import gc, sys
gc.disable()
import weakref
class C: pass
a, b, c = C(), C(), C()
f = lambda: None
x0 = gc.get_count()[0]
pre = "atexit" in sys.modules
f1 = weakref.finalize(a, f)
x1 = gc.get_count()[0]
f2 = weakref.finalize(b, f)
x2 = gc.get_count()[0]
print("atexit preloaded", pre, "first finalize", x1 - x0, "second", x2 - x1)
