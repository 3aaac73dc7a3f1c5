# "Exception ignored in" reports: a __del__ that raises (its traceback), a weakref callback
# that raises, and a callback that is not callable (a traceback made from the running frame).
import weakref


class Fragile:
    def __del__(self):
        print("__del__ runs")
        raise ValueError("from __del__")


class Plain:
    pass


def callback(ref):
    print("callback runs")
    return 1 / 0


f = Fragile()
del f
p = Plain()
r = weakref.ref(p, callback)
del p
q = Plain()
r2 = weakref.ref(q, 42)
del q
print("end")
