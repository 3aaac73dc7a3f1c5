# finalize(obj, obj.method) keeps obj alive through the bound method held by the registry, so it
# never dies during the program; the finalizer runs at exit, before __del__.
import weakref

class Conn:
    def __init__(self, name):
        self.name = name
    def close(self):
        print("close", self.name)
    def __del__(self):
        print("__del__", self.name)

def close_fn(name):
    print("close_fn", name)

good = Conn("good")
weakref.finalize(good, close_fn, good.name)
leak = Conn("leak")
weakref.finalize(leak, leak.close)
del good
del leak
print("end of script")
