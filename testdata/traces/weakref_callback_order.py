import weakref, gc, sys
class C: pass
def cb1(r): print("cb1 (r2 already dead)" if r2() is None else "cb1 (r2 alive!)")
def cb2(r): print("cb2")
def cb3(r): print("cb3")
o = C()
r1 = weakref.ref(o, cb1)
r2 = weakref.ref(o, cb2)
r3 = weakref.ref(o, cb3)
weakref.ref(o)
basic = weakref.ref(o)
basic2 = weakref.ref(o)
assert basic is basic2
print(weakref.getweakrefcount(o))
del o
