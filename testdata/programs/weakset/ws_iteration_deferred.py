# Members dying while a WeakSet is iterated: the removal is deferred (no RuntimeError) but len()
# already excludes them; only counts are printed since iteration order depends on addresses.
import weakref

class M:
    def __init__(self, n):
        self.n = n

objs = [M(i) for i in range(6)]
s = weakref.WeakSet(objs)
seen = 0
for m in s:
    seen += 1
    if seen == 1:
        keep = m
        objs.clear()
        print("len inside loop:", len(s))
    del m
print("seen:", seen, "len after loop:", len(s), keep in s)
del keep
print("len at end:", len(s))
