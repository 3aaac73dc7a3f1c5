# Slice assignment stores the new items, then releases the replaced ones last->first.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
lst = [D(i) for i in range(5)]
lst[1:4] = [D("x"), D("y")]
print([o.n for o in lst])
lst[::2] = [D("s1"), D("s2")]
print([o.n for o in lst])
lst[:] = []
print("emptied")
