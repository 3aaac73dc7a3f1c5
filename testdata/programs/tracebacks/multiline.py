# A failing call that spans several lines, and one inside a comprehension.
import sys


def show(f):
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())


def build(a, b, c):
    return a + b + c


def spans_lines():
    return build(
        1,
        2,
        "three",
    )


def in_comprehension():
    values = [1, 2, 0]
    return [10 // v for v in values]


def with_assert():
    size = 3
    assert size > 5, f"size {size} too small"


for f in (spans_lines, in_comprehension, with_assert):
    show(f)
print("done")
