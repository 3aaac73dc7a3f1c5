import weakref
class C: pass
def bye(): print("gone")
s = C()
f = weakref.finalize(s, bye)
del s
print("end")
