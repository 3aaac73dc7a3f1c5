# iter()/next() by hand: next with a default, StopIteration when exhausted, iter of an
# iterator is itself, iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(iter(it) is it)
vals = [5, 4, 3, 0, 9]
calls = iter(lambda: vals.pop(0), 0)
print(list(calls), vals)
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), list(ki), list(iter(d.items())), list(iter(d.values())))
s = iter("hi")
print(next(s), next(s), next(s, None))
