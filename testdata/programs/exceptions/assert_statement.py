# assert with and without a message; a failing assert is an uncaught AssertionError.
x = 3
assert x == 3, "not reached"
try:
    assert x > 5, "x too small: %d" % x
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert x < 0
except AssertionError as e:
    print("no message:", repr(e))
assert isinstance(x, str), ("tuple message", x)
