# A parameter seen from inside the callee: 3.8-3.10 count the caller's stack slot too (4),
# 3.11+ move arguments into the callee frame (3). A stored bound method holds self (4 everywhere).
import sys
class A:
    def m(self):
        return sys.getrefcount(self)
def f(x):
    return sys.getrefcount(x)
def g(x, y):
    return sys.getrefcount(x)
a = A()
print("global", sys.getrefcount(a))
print("parameter", f(a))
print("same object twice", g(a, a))
print("method self", a.m())
bm = a.m
print("stored bound method", bm())
print("temporary instance", sys.getrefcount(A()))
for item in [a]:
    print("loop variable", sys.getrefcount(item))
