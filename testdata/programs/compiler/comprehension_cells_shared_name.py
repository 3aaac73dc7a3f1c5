# Two comprehensions at module level bind the same name; in the second a lambda captures it.
# 3.12+ inline both (PEP 709): the module's code gets the name as a local and a cell
# (DEF_COMP_CELL), the first comprehension uses it as a fast local, the second as a fresh cell.
class Tag:
    def __init__(self, n): self.n = n
    def __del__(self): print("del Tag", self.n)

squares = [i * i for i in range(3)]
late = [lambda: i for i in range(3)]
print(squares, [f() for f in late])
cells = [f.__closure__[0].cell_contents for f in late]
print(cells)
tags = [Tag(i) for i in range(2)]
keepers = [lambda: t.n for t in tags]
print([k() for k in keepers])
del tags
print("tags list gone")
keepers.pop()
print("popped a keeper")
keepers = None
print("end")
