# dict methods: which call releases which value.
class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V%d" % self.n

    def __del__(self):
        print("del V%d" % self.n)


d = {"a": V(1), "b": V(2), "c": V(3)}
print(d.get("a"), d.get("z"), d.get("z", "dflt"))
print(d.setdefault("d", V(4)))
print(d.setdefault("a", V(5)))
print("popped", d.pop("b"))
print("after pop")
print(d.pop("zz", None))
print(list(d.keys()), list(d.values()), list(d.items()))
d.update({"c": V(6)})
print("after update")
k, v = d.popitem()
print("popitem", k, v)
del v
print("after del v")
d.clear()
print("after clear", d)
