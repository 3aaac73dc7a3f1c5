# getrefcount of temporaries and loop variables: a fresh instance or bound method passed
# directly shows 1; a loop variable over a list shows list slot + variable + argument.
import sys

class A:
    def m(self):
        pass

a = A()
print("temporary instance:", sys.getrefcount(A()))
print("fresh bound method:", sys.getrefcount(a.m))
for item in [A()]:
    print("loop variable over list literal:", sys.getrefcount(item))
lst = [A()]
for item in lst:
    print("loop variable over named list:", sys.getrefcount(item))
print("after the loop:", sys.getrefcount(item))
print("inside a list comprehension:", [sys.getrefcount(v) for v in [a]])
s = "".join(["ab", "cd", "ef"])
print("runtime-built string:", sys.getrefcount(s))
