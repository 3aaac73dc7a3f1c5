import atexit, weakref, gc, sys
def a1(): print("atexit 1")
def a2():
    print("atexit 2 (raises)")
    raise ValueError("atexit failure")
def a3(): print("atexit 3")
atexit.register(a1)
atexit.register(a2)
atexit.register(a3)
print("end")
