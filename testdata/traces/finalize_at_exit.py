import atexit, weakref, gc, sys
class C: pass
def first(): print("atexit #1 (registered first)")
def last(): print("atexit #2 (registered last)")
def f0(i): print("finalize 0")
def f1(i): print("finalize 1")
def f2(i): print("finalize 2 (never)")
atexit.register(first)
o0 = C()
o1 = C()
o2 = C()
objs = [o0, o1, o2]
f = weakref.finalize(o0, f0, 0)
f = weakref.finalize(o1, f1, 1)
f = weakref.finalize(o2, f2, 2)
del o0, o1, o2
f.atexit = False
atexit.register(last)
print("end of script")
