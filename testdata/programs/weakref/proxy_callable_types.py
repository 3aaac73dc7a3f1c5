# A proxy to a callable object is a CallableProxyType; the type names differ by version
# (3.8/3.9: weakproxy / weakcallableproxy, 3.10+: weakref.ProxyType / weakref.CallableProxyType).
import weakref

class Greeter:
    def __call__(self, who):
        return "hello " + who

class Plain:
    pass

def double(x):
    return 2 * x

g = Greeter()
pg = weakref.proxy(g)
pf = weakref.proxy(double)
pp = weakref.proxy(Plain())
print(pg("bob"), pf(21), callable(pg), callable(pp))
print(type(pg).__name__, type(pp).__name__)
print(type(pg) is type(pf), type(pg) is type(pp), type(weakref.ref(g)).__name__)
try:
    pp.anything
except ReferenceError as e:
    print("ReferenceError:", e)
