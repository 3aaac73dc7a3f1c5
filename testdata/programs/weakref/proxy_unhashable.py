# Proxies are unhashable even when the referent is hashable; the message names the proxy
# type, which differs by version ('weakproxy' on 3.8/3.9, 'weakref.ProxyType' from 3.10).
import weakref

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n

k = K(7)
p = weakref.proxy(k)
print(hash(k), p == k, p.n)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    {p: 1}
except TypeError as e:
    print("TypeError:", e)
d = {p.n: "by value"}
print(d)
hash(weakref.proxy(len))
