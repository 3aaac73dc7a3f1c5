# Which built-in objects can be weakly referenced, with the exact TypeError text; a weakref
# itself is 'weakref' on 3.8/3.9 and 'weakref.ReferenceType' from 3.10.
import weakref, sys

class C:
    def m(self):
        pass

def f():
    pass

def gen():
    yield 1

objs = [("list", []), ("dict", {}), ("int", 12345), ("tuple", (1, 2)), ("str", "text"),
        ("bytes", b"x"), ("float", 1.5),
        ("None", None), ("bool", True), ("object()", object()), ("range", range(3)),
        ("set", set()), ("frozenset", frozenset([1])), ("function", f), ("lambda", lambda: 0),
        ("class", C), ("type", type), ("instance", C()), ("generator", gen()),
        ("bound method", C().m), ("builtin len", len),
        ("module sys", sys), ("list iterator", iter([])),
        ("Exception()", Exception()), ("ValueError()", ValueError("v")),
        ("property", property()), ("staticmethod", staticmethod(f)),
        ("weakref", weakref.ref(f)), ("dict keys", {}.keys()), ("enumerate", enumerate([])),
        ("zip", zip())]
for name, o in objs:
    try:
        weakref.ref(o)
        print(name, "OK")
    except TypeError as e:
        print(name, "TypeError:", e)
