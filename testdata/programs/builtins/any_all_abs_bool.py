# any/all short-circuit over generators; abs of ints/floats; bool of common values.
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 3, 5]))
print(all(noisy(v) for v in [1, 0, 5]))
print(any([]), all([]))
print(abs(-7), abs(3.5), abs(-0.0), abs(-2**70))
print([bool(v) for v in (0, 1, -1, 0.0, "", "0", [], [0], {}, None, (), (None,))])
