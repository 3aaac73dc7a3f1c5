# ref.__callback__ is the callback or None; it is dropped (None) once the referent died and
# the callback was called.
import weakref

class C:
    pass

def on_death(r):
    print("on_death; __callback__ inside:", r.__callback__ is on_death)

o = C()
plain = weakref.ref(o)
withcb = weakref.ref(o, on_death)
print(plain.__callback__, withcb.__callback__ is on_death, withcb.__callback__.__name__)
del o
print("after death:", withcb.__callback__, plain.__callback__)
