# Tracebacks printed through sys.excepthook, one per expression shape: the markers CPython 3.11+
# draws under the failing part of the line (PEP 657), and where it leaves them out.
import sys


def show(f):
    try:
        f()
    except Exception:
        sys.excepthook(*sys.exc_info())


class Box:
    def __init__(self):
        self.items = {"a": 1}


def add_none():
    total = 1
    return total + None


def index_dict():
    box = Box()
    return box.items["missing"]


def nested_index():
    grid = [[1, 2], [3]]
    return grid[1][1] * 2


def call_value():
    value = 5
    return value(1, 2)


def whole_line_call():
    return int("nope")


def assigned_call():
    x = int("x")
    return x


def attribute():
    box = Box()
    print(box.nothing)


def divide(a, b):
    return (a +  1) // b


def floor_div():
    return divide(1, 0)


def parenthesised():
    data = {}
    return (data)["k"]


def trailing_spaces():
    return {}["t"]   


for f in (add_none, index_dict, nested_index, call_value, whole_line_call, assigned_call, attribute,
          floor_div, parenthesised, trailing_spaces):
    show(f)
print("done")
