# 100 000 levels of nested lists, tuples and dicts are freed without a crash; a marker
# object at the bottom reports its death before the statement after the del finishes.
class Marker:
    def __init__(self, name): self.name = name
    def __del__(self): print("marker freed:", self.name)
x = Marker("list bottom")
for i in range(100000):
    x = [x]
del x
print("after lists")
t = Marker("tuple bottom")
for i in range(100000):
    t = (t, i)
t = None
print("after tuples")
d = Marker("dict bottom")
for i in range(100000):
    d = {"v": d}
d = None
print("after dicts")
