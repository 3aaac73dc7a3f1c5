# nonlocal rebinding replaces the cell content: the old object dies at the store.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def counter():
    cur = D(0)
    def step():
        nonlocal cur
        cur = D(cur.n + 1)
        return cur.n
    return step
s = counter()
print(s())
print(s())
t = counter()
print(t())
del s
print("s deleted")
del t
print("end")
