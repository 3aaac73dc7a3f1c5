# del of a name, an attribute and a subscript releases immediately; del a, b in order.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Box:
    pass
a = D("a")
b = D("b")
del a
print("after del a")
box = Box()
box.item = D("attr")
del box.item
print("after del box.item")
lst = [D("l0"), D("l1"), D("l2")]
del lst[1]
print("after del lst[1]", len(lst))
d = {"k": D("dv")}
del d["k"]
print("after del d['k']")
c = D("c")
del b, c
print("after del b, c")
del lst
print("end")
