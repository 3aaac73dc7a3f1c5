# finalize.alive, peek() and detach(): peek returns (obj, func, args, kwargs) without
# unregistering, detach unregisters, and a detached finalizer never runs.
import weakref

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def cleanup(tag, level=0):
    print("cleanup", tag, level)

r = Res("r")
f = weakref.finalize(r, cleanup, "r", level=2)
print("alive", f.alive, "atexit", f.atexit)
obj, func, args, kwargs = f.peek()
print(obj is r, func.__name__, args, kwargs, f.alive)
del obj
det = f.detach()
print("detached:", det[0] is r, det[1].__name__, det[2], det[3], "alive", f.alive)
print("peek/detach after detach:", f.peek(), f.detach(), f.atexit)
del det
del r
print("called after detach:", f())
s = Res("s")
g = weakref.finalize(s, cleanup, "s")
print(g.peek()[2:], g.alive)
del s
print("after s died:", g.alive, g.peek(), g.detach())
