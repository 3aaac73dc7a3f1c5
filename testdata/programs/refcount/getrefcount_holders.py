# sys.getrefcount of a user object held by names, list slots, dict keys/values,
# attributes, a tuple and a set (argument adds 1). Same on all versions.
import sys
class K:
    def __hash__(self): return 1
a = K()
print("one name", sys.getrefcount(a))
b = a
print("two names", sys.getrefcount(a))
lst = [a, a]
print("list x2", sys.getrefcount(a))
d = {a: a}
print("dict key+value", sys.getrefcount(a))
class Box: pass
box = Box()
box.x = a
print("attribute", sys.getrefcount(a))
t = (a,)
s = {a}
print("tuple+set", sys.getrefcount(a))
del lst, d, box, t, s, b
print("back to", sys.getrefcount(a))
print("temporary", sys.getrefcount(K()))
print("string made at runtime", sys.getrefcount("-".join(["x", "y"])))
