import weakref
class C: pass
def fin(): print("finalizer ran")
o = C()
f = weakref.finalize(o, fin)
f()
f()
del o
print("end")
