# WeakSet: add/len/in/discard/remove/clear; members vanish as they die by refcount; errors for
# remove of a missing member, pop on an empty set and non-weakrefable members.
import weakref

class M:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)

s = weakref.WeakSet()
a, b, c = M("a"), M("b"), M("c")
s.add(a); s.add(b); s.add(c); s.add(a)
print(len(s), a in s, M("tmp") in s, 5 in s)
del b
print("after del b:", len(s))
s.discard(c)
s.discard(c)
print("after discard:", len(s), c in s)
try:
    s.remove(c)
except KeyError:
    print("KeyError on remove")
x = s.pop()
print("popped a:", x is a, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.add(42)
except TypeError as e:
    print("TypeError:", e)
s.add(c)
s.clear()
print("cleared:", len(s))
del x, a
print("end")
