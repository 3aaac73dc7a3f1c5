# Trap: calling len(d) inside a keys() loop after a value died commits the pending removal,
# mutating the underlying dict, and the next step raises RuntimeError.
import weakref

class C:
    pass

objs = [C() for i in range(3)]
d = weakref.WeakValueDictionary({i: o for i, o in enumerate(objs)})
try:
    for k in d.keys():
        print("k", k, "len", len(d))
        if k == 0:
            del objs[1]
except RuntimeError as e:
    print("RuntimeError:", e)
print("final", len(d), sorted(d.keys()))
for k in d.keys():
    print("k", k)
    if k == 0:
        del objs[0]
print("no len() in the loop, no error:", len(d), sorted(d.keys()))
