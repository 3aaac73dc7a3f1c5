import weakref
l = []
print("before")
w = weakref.ref(l)
print("never printed")
