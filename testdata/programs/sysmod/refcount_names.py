# sys.getrefcount of a user object: the call's own argument adds 1; each global name, list slot,
# dict value and attribute adds 1; del and rebinding take them away again.
import sys

class A:
    pass

a = A()
print("one name:", sys.getrefcount(a))
b = a
print("two names:", sys.getrefcount(a))
l = [a, a]
print("plus list x2:", sys.getrefcount(a))
d = {"k": a, "k2": a}
print("plus dict values x2:", sys.getrefcount(a))
h = A()
h.attr = a
print("plus attribute:", sys.getrefcount(a))
del b, l
print("after del b, l:", sys.getrefcount(a))
d["k"] = None
h = None
print("after d['k'] = None and h = None:", sys.getrefcount(a))
