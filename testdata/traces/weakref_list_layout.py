import weakref, gc, sys
class C:
    def __del__(self): print("__del__")
def cba(r): print("A")
def cbb(r): print("B")
def cbc(r): print("C")
def cbd(r): print("proxyD")
def cbe(r): print("E")
o = C()
basic = weakref.ref(o)
ra = weakref.ref(o, cba)
rb = weakref.ref(o, cbb)
rc = weakref.ref(o, cbc)
px = weakref.proxy(o)
pd = weakref.proxy(o, cbd)
re = weakref.ref(o, cbe)
px2 = weakref.proxy(o)
assert px is px2
print(weakref.getweakrefcount(o))
del o
