import weakref
class C: pass
def before(r): print("ref made before")
def after(r): print("ref made after")
def fin(): print("finalize")
o = C()
r1 = weakref.ref(o, before)
f = weakref.finalize(o, fin)
r2 = weakref.ref(o, after)
del o
print("end")
