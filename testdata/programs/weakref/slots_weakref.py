# __slots__ without __weakref__ makes instances non-weakrefable (message names the class);
# adding '__weakref__' to the slots allows it; a second __weakref__ slot is rejected with a
# version-dependent message (3.12+: "we already got one").
import weakref

class NoWeak:
    __slots__ = ("a",)

class WithWeak:
    __slots__ = ("a", "__weakref__")
    def __del__(self):
        print("WithWeak.__del__")

try:
    weakref.ref(NoWeak())
except TypeError as e:
    print("TypeError:", e)
w = WithWeak()
r = weakref.ref(w, lambda r: print("callback"))
print("ok", r() is w, hasattr(w, "__dict__"))
del w
class Sub(NoWeak):
    pass
print("subclass without slots is weakrefable:", weakref.ref(Sub()) is not None)
try:
    class Twice:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print("TypeError:", e)
class Base:
    pass
try:
    class Again(Base):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print("TypeError:", e)
