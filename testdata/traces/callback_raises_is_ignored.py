import weakref
class C: pass
def good(r): print("good callback")
def bad(r): raise ValueError("boom")
o = C()
r1 = weakref.ref(o, good)
r2 = weakref.ref(o, bad)
del o
print("end")
