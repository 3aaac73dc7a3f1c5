import weakref, gc, sys
gc.disable(); gc.collect()
class S:
    __slots__ = ("me",)
    def __del__(self): print("__del__ s")
s = S(); s.me = s
gc.freeze()
del s
print("frozen:", gc.collect())
gc.unfreeze()
print("unfrozen:", gc.collect())
