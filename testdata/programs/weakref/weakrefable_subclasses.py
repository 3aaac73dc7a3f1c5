# User subclasses of list, dict, set, str, float and Exception are weakly referenceable;
# subclasses of int, tuple and bytes are not, and cannot add a __weakref__ slot either.
import weakref

class L(list): pass
class D(dict): pass
class S(set): pass
class T(str): pass
class F(float): pass
class E(Exception): pass
class I(int): pass
class Tu(tuple): pass
class B(bytes): pass

for cls, arg in [(L, [1]), (D, {}), (S, [1]), (T, "s"), (F, 1.0), (E, "e"), (I, 5), (Tu, (1,)), (B, b"b")]:
    obj = cls(arg)
    try:
        r = weakref.ref(obj, lambda r, name=cls.__name__: print("callback for", name))
        print(cls.__name__, "OK", r() is obj)
        del obj
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
for base in (tuple, int, bytes):
    try:
        class X(base):
            __slots__ = ("__weakref__",)
    except TypeError as e:
        print(base.__name__, "slots TypeError:", e)
