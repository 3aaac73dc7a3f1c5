def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
def squares(seq):
    for x in seq:
        yield x * x
def evens(seq):
    return (x for x in seq if x % 2 == 0)
total = 0
for v in evens(squares(numbers(10))):
    total += v
    print(v, end=" ")
print()
print("total", total)
g = numbers(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
print(list(squares([1, 2, 3])), sum(squares(range(4))))
