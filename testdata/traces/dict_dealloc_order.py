import weakref, gc, sys
class D:
    def __init__(self, n): self.n = n
    def __del__(self): print(f"del {self.n}")
k1 = D("k1")
v1 = D("v1")
k2 = D("k2")
v2 = D("v2")
k3 = D("k3")
v3 = D("v3")
d = {k1: v1, k2: v2, k3: v3}
del k1, v1, k2, v2, k3, v3
print("drop d")
del d
e = {}
a = D("a")
e["x"] = a
b = D("b")
e["y"] = b
c = D("c")
e["z"] = c
del a, b, c
a2 = D("a2")
print("e['x'] = a2 (delete and re-insert)")
del e["x"]
e["x"] = a2
del a2
kk = D("key")
kv = D("key's value")
e[kk] = kv
del kv
print("del e[key]")
del e[kk]
del kk
print("e.clear()")
e.clear()
print("end")
