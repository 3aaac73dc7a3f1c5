import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
d1 = D(1)
d2 = D(2)
d3 = D(3)
x = [d1, d2, d3]
del d1, d2, d3
print("unbind x")
del x
y = []
e1 = D("e1")
y.append(e1)
e2 = D("e2")
y.append(e2)
e3 = D("e3")
y.insert(0, e3)
e4 = D("e4")
y.append(e4)
e5 = D("e5")
y.append(e5)
del e1, e2, e3, e4, e5
print("del y[1:3]")
del y[1:3]
r = D("replacement")
print("y[0] = replacement")
y[0] = r
del r
print("del y[1]")
del y[1]
print("y.clear()")
y.clear()
print("end")
