# Calling a finalizer runs func at once and returns its result; later calls (and the object's
# death) do nothing and return None.
import weakref

class Res:
    def __del__(self):
        print("__del__ Res")

def close(name):
    print("closing", name)
    return "closed " + name

r = Res()
f = weakref.finalize(r, close, "file")
print("first call ->", f())
print("second call ->", f())
print("alive", f.alive)
del r
print("third call ->", f())
