# sorted() builds a new list (key function temporaries die during the sort);
# the original order of releases follows whichever list dies last.
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
items = [D(3), D(1), D(2)]
s = sorted(items, key=lambda o: o.n)
print([o.n for o in s])
del items
print("original gone")
s.sort(key=lambda o: -o.n)
print([o.n for o in s])
r = list(reversed(s))
del s
print([o.n for o in r])
del r
print("end")
