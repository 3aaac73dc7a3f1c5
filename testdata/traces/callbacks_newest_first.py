import weakref
class C: pass
def cb1(r): print("cb1")
def cb2(r): print("cb2")
def cb3(r): print("cb3")
o = C()
r1 = weakref.ref(o, cb1)
r2 = weakref.ref(o, cb2)
r3 = weakref.ref(o, cb3)
del o
print("end")
