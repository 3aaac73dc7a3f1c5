import weakref
class C: pass
def fin(): print("never printed")
o = C()
f = weakref.finalize(o, fin)
f.detach()
del o
print("end")
