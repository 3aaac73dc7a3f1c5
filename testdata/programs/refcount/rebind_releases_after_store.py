# Rebinding a name: the new value is built and stored first, then the old value dies.
# Same on all versions.
class D:
    def __init__(self, n):
        self.n = n
        print("new", n)
    def __del__(self): print("del", self.n)
x = D(1)
x = D(2)
print("after rebind")
x = x
print("self-assign kept", x.n)
y = x
x = D(3)
print("y still", y.n)
y = None
print("end")
