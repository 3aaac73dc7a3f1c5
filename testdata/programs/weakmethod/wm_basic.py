# WeakMethod: calling it rebuilds a bound method while the object lives; it dies with the
# object and calls its callback once; a plain ref to the bound method would die at once.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def hello(self):
        return "hello from %s" % self.n
    def __del__(self):
        print("__del__", self.n)

c = C("c")
wm = weakref.WeakMethod(c.hello, lambda w: print("WeakMethod callback; dead:", w() is None))
m = wm()
print(m(), type(m).__name__, m is wm(), m == wm())
print(isinstance(wm, weakref.ref), type(wm).__name__)
del m
del c
print("after del:", wm())
