# A lambda's default argument holds its value; a closure holds a cell.
class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


fs = []
for i in range(3):
    obj = C(i)
    fs.append(lambda o=obj: o.n)
print([f() for f in fs])
obj = None
print("after obj = None")
fs.pop()
print("after pop")
fs = None
print("after fs = None")


def maker():
    held = C(99)
    return lambda: held.n


g = maker()
print(g())
g = None
print("end")
