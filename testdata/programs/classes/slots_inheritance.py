# Slots of the most derived class die first, then each base class's slots; an unset slot
# is skipped; a slotted class rejects unknown attributes (3.13 adds "and no __dict__ ..." to the message).
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
class Base:
    __slots__ = ("y", "x")
class Mid(Base):
    __slots__ = ("b", "a")
class Leaf(Mid):
    __slots__ = ("q",)
o = Leaf()
o.x = D("base x"); o.y = D("base y"); o.a = D("mid a"); o.q = D("leaf q")
try:
    o.other = 1
except AttributeError as e:
    print("AttributeError:", e)
del o
print("end")
