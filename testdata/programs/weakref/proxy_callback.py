# A proxy's callback receives the dead proxy; proxy and ref callbacks share the newest-first order.
import weakref

class C:
    def __del__(self):
        print("__del__")

def pcb(p):
    print("proxy callback, got proxy:", p is px)
    try:
        p.x
    except ReferenceError as e:
        print("  ", e)

o = C()
o.x = 1
r = weakref.ref(o, lambda r: print("ref callback (older)"))
px = weakref.proxy(o, pcb)
print(px.x, weakref.getweakrefcount(o))
del o
