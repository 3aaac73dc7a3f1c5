import weakref, gc, sys
def f(): print("f called")
def cb(r): print("callback: f died")
w = weakref.ref(f, cb)
f()
del f
