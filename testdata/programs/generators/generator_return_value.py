# `return value` in a generator becomes StopIteration.value; a bare StopIteration raised
# inside a generator body is turned into RuntimeError.
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
print(next(g, "default after exhaustion"))
def bad():
    yield 1
    raise StopIteration("inside")
try:
    print(list(bad()))
except RuntimeError as e:
    print("RuntimeError:", e)
