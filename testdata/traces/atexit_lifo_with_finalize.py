import atexit, weakref
class C: pass
def first(): print("atexit #1 (registered first)")
def last(): print("atexit #2 (registered last)")
def fin(): print("finalize")
atexit.register(first)
o = C()
f = weakref.finalize(o, fin)
atexit.register(last)
print("end of script")
