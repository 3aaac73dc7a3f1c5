# x = y = expr binds left to right; the object dies when the last name is released.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
x = y = D(1)
print(x is y)
del x
print("after del x")
y = None
print("after y = None")
class Box: pass
b = Box()
b.a = b.c = lst = [D(2)]
print(len(b.a), b.a is lst)
lst = b.a = None
print("one holder left")
del b.c
print("end")
