# Storing a non-weakrefable value fails with the weakref TypeError; the uncaught KeyError for a
# dead entry ends the program with status 1.
import weakref

class C:
    pass

d = weakref.WeakValueDictionary()
for bad in (42, "text", [1], (1,)):
    try:
        d["bad"] = bad
    except TypeError as e:
        print("TypeError:", e)
print(len(d))
d["gone"] = C()
print(len(d))
print(d["gone"])
