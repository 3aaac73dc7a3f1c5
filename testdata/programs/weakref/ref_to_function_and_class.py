# Functions die by refcount when their last name goes (callback at once); a class is always in
# a reference cycle, so its weakref callback only fires when gc.collect() runs.
import weakref, gc

def helper():
    return 1

rf = weakref.ref(helper, lambda r: print("function callback"))
del helper
print("after del helper", rf())

class Temp:
    pass

rc = weakref.ref(Temp, lambda r: print("class callback"))
del Temp
print("after del Temp: alive?", rc() is not None)
gc.collect()
print("after collect: alive?", rc() is not None)
