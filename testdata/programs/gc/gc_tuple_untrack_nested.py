# Tuples of atomics are untracked by a collection that finds them reachable; a nested tuple
# reachable only through its container is moved behind it, so each level needs one more
# collection (outer2: 3 collections); `inner` is held by a global and goes in the first one.
import gc
gc.disable()
n = 3
inner = (n, "a")
outer = (inner, n)
outer2 = ((n, (n, "b")), n)
print(gc.is_tracked(inner), gc.is_tracked(outer), gc.is_tracked(outer2), gc.is_tracked(outer2[0][1]))
for i in range(3):
    gc.collect()
    print("after collect", i + 1, gc.is_tracked(inner), gc.is_tracked(outer), gc.is_tracked(outer2), gc.is_tracked(outer2[0][1]))
with_list = (n, [])
gc.collect()
print("tuple holding a list stays tracked:", gc.is_tracked(with_list))
