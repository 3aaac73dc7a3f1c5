import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
def make_cell(v):
    return (lambda: v).__closure__[0]
x = D("first content")
c = make_cell(x)
del x
y = D("second content")
print("set cell_contents")
c.cell_contents = y
del y
l = [c]
print("del c (the list still holds the cell)")
del c
print("del l")
del l
