def make_counter(start=0, step=1):
    count = start
    def increment():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    increment.reset = reset
    return increment
c1 = make_counter()
c2 = make_counter(10, 5)
print(c1(), c1(), c2(), c1(), c2())
c1.reset()
print(c1())
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
def compose(f, g):
    return lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
