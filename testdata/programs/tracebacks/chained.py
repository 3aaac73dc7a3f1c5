# Chained exceptions in a traceback: an explicit cause, an implicit context, a context
# suppressed with 'from None', and a chain three deep.
import sys


def show(f):
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())


def cause():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("bad key") from e


def context():
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]


def suppressed():
    try:
        int("x")
    except ValueError:
        raise TypeError("replaced") from None


def three():
    try:
        try:
            {}["a"]
        except KeyError:
            raise ValueError("second")
    except ValueError as e:
        raise RuntimeError("third") from e


for f in (cause, context, suppressed, three):
    show(f)
print("done")
context()
