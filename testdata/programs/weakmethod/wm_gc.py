# WeakMethod to an object in a cycle: its callback runs during gc.collect(), before the
# object's __del__; an observer pattern drops the dead listener.
import weakref, gc

class Listener:
    def __init__(self, name):
        self.name = name
        self.me = self
    def on_event(self, what):
        print(self.name, "got", what)
    def __del__(self):
        print("__del__", self.name)

listeners = []
def subscribe(method):
    listeners.append(weakref.WeakMethod(method, lambda w: print("unsubscribe") or listeners.remove(w)))

def fire(what):
    for w in listeners:
        m = w()
        if m is not None:
            m(what)

a = Listener("a")
b = Listener("b")
subscribe(a.on_event)
subscribe(b.on_event)
fire("one")
del a
gc.collect()
fire("two")
print(len(listeners))
del b
gc.collect()
print(len(listeners))
