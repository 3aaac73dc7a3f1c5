# Argument errors of weakref.ref and weakref.proxy; the last one is uncaught (exit status 1).
import weakref

class C:
    pass

for args in [(), (C(), None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("ref TypeError:", e)
try:
    weakref.proxy([])
except TypeError as e:
    print("proxy TypeError:", e)
print(weakref.ref(C(), None)())
weakref.ref({"a": 1})
