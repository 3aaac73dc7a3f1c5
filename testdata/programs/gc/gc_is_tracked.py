# gc.is_tracked: atomic objects never, containers and instances always, dicts only once they
# hold a container, tuples of atomics until a collection scans them; a materialized instance
# __dict__ becomes tracked when given a list, except on 3.13 (values stay inline).
import gc

class C:
    pass

def f():
    pass

for name, obj in [("int", 12345), ("str", "text"), ("float", 1.5), ("None", None), ("bytes", b"b"),
                  ("empty tuple", ()), ("list", []), ("set", set()), ("instance", C()),
                  ("class", C), ("function", f), ("object()", object())]:
    print(name, gc.is_tracked(obj))
d = {}
print("empty dict", gc.is_tracked(d))
d["a"] = 1
print("dict of ints", gc.is_tracked(d))
d["b"] = []
print("dict with list", gc.is_tracked(d))
del d["b"]
print("list removed again", gc.is_tracked(d))
gc.collect()
print("after full collect", gc.is_tracked(d))
n = 7
t = (n, "x")
print("fresh tuple of atomics", gc.is_tracked(t))
gc.collect()
print("after collect", gc.is_tracked(t))
tl = (n, [])
gc.collect()
print("tuple with list after collect", gc.is_tracked(tl))
i = C()
i.x = 1
print("instance dict of ints", gc.is_tracked(i.__dict__))
i.y = []
print("instance dict with list", gc.is_tracked(i.__dict__))
