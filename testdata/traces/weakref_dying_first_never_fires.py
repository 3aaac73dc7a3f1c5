import weakref
class C: pass
def cb(r): print("callback")
o = C()
weakref.ref(o, cb)
w = weakref.ref(o, cb)
del w
del o
print("end")
