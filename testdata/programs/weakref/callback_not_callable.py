# A non-callable callback is accepted when the ref is created and fails only when invoked:
# "Exception ignored in: 5" and a TypeError on stderr, then the program goes on.
import weakref

class C:
    def __del__(self):
        print("__del__")

o = C()
r = weakref.ref(o, 5)
print("created; callback is", r.__callback__)
del o
print("after death", r())
