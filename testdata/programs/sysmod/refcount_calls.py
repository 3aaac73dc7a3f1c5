# getrefcount inside calls: a parameter is also held by the caller's stack on 3.8-3.10 (4) but
# moved into the callee frame on 3.11+ (3); a stored bound method holds self (4 everywhere).
import sys

class A:
    def __init__(self):
        print("in __init__:", sys.getrefcount(self))
    def m(self):
        return sys.getrefcount(self)

def f(x):
    return sys.getrefcount(x)

def g(x):
    y = x
    return sys.getrefcount(x)

a = A()
print("global only:", sys.getrefcount(a))
print("as argument:", f(a))
print("argument + local:", g(a))
print("in method via a.m():", a.m())
print("via A.m(a):", A.m(a))
bm = a.m
print("bound method stored:", sys.getrefcount(a))
print("via stored bm():", bm())
del bm
print("back to:", sys.getrefcount(a))
