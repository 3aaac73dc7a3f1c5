# Live refs compare like their referents; dead refs are equal only if identical; a dead ref's
# hash works only if it was hashed while alive (cached), else TypeError: weak object has gone away.
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return isinstance(other, V) and self.n == other.n
    def __hash__(self):
        return hash(self.n)

a = V(1)
b = V(1)
c = V(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("alive:", ra == rb, ra == rc, ra != rc, hash(ra) == hash(1))
seen = {ra: "a"}
print("dict lookup through equal ref:", seen[rb])
del a, b, c
print("dead:", ra == rb, ra == ra, ra is ra, rb == rb)
print("cached hash:", hash(ra) == hash(1))
try:
    hash(rc)
except TypeError as e:
    print("TypeError:", e)
print(seen.get(ra), rb in seen)
