# A WeakMethod also dies when its function dies: deleting the method from the class drops the
# function (refcount) and the WeakMethod's callback fires while the object is still alive.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def work(self):
        return self.n * 2
    def __del__(self):
        print("__del__", self.n)

c = C(21)
wm = weakref.WeakMethod(c.work, lambda w: print("callback: method gone"))
print(wm()())
del C.work
print("after del C.work:", wm(), hasattr(c, "work"))
del c
print("end")
