# Keys with __eq__/__hash__: an equal second key replaces the value but the entry keeps the weak
# ref to the first key, so the entry disappears when the first key dies.
import weakref

class P:
    def __init__(self, x, tag):
        self.x = x
        self.tag = tag
    def __eq__(self, other):
        return self.x == other.x
    def __hash__(self):
        return hash(self.x)
    def __del__(self):
        print("__del__", self.tag)

d = weakref.WeakKeyDictionary()
first = P(1, "first")
second = P(1, "second")
d[first] = "A"
d[second] = "B"
print(len(d), d[first], d[second], [k.tag for k in d])
del first
print("after del first:", len(d), second in d)
d[second] = "C"
print([k.tag for k in d], d[P(1, "probe")])
print("end")
