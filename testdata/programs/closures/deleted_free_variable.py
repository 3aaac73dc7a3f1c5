# Deleting a captured variable in the enclosing scope, then calling the inner function:
# the error text differs: 3.8-3.10 "free variable 'v' referenced before assignment in
# enclosing scope", 3.11+ "cannot access free variable 'v' where it is not associated ...".
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def outer():
    v = D("v")
    def inner():
        return v.n
    print(inner())
    del v
    print("v deleted")
    return inner()
outer()
