import weakref, gc, sys
class R:
    def __del__(self):
        print("R.__del__")
        saved.append(self)
def cb(r): print("weakref callback")
saved = []
r = R()
w = weakref.ref(r, cb)
del r
assert w() is not None
print("saved.clear()")
saved.clear()
