# A fresh class is referenced by its name, its __mro__ and two getset descriptors (5 with the
# argument); every live instance adds 1, every direct subclass 3.
import sys

class B:
    pass

print("fresh class:", sys.getrefcount(B))
b1 = B()
b2 = B()
print("with 2 instances:", sys.getrefcount(B))
class Sub(B):
    pass
print("with a subclass:", sys.getrefcount(B))
del b1
print("one instance deleted:", sys.getrefcount(B))
print("subclass itself:", sys.getrefcount(Sub))
