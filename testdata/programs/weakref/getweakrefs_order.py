# The per-object weakref list: basic ref first, then the basic proxy, then refs/proxies with
# callbacks newest first; getweakrefcount counts proxies too, and is 0 for non-weakrefable objects.
import weakref

class C:
    pass

o = C()
cb = lambda r: None
A = weakref.ref(o, cb)
basic = weakref.ref(o)
B = weakref.ref(o, cb)
C1 = weakref.ref(o, cb)
proxy = weakref.proxy(o)
proxyD = weakref.proxy(o, cb)
E = weakref.ref(o, cb)
names = [("basic", basic), ("proxy", proxy), ("A", A), ("B", B), ("C", C1), ("proxyD", proxyD), ("E", E)]

def name_of(x):
    for n, v in names:
        if v is x:
            return n
    return "?"

print(weakref.getweakrefcount(o))
print([name_of(x) for x in weakref.getweakrefs(o)])
names = [nv for nv in names if nv[0] not in ("B", "E")]
del B, E
print([name_of(x) for x in weakref.getweakrefs(o)])
print(weakref.getweakrefcount(5), weakref.getweakrefs(5), weakref.getweakrefcount([]))
