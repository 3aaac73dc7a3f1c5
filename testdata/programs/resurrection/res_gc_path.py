# T12: resurrection during a collection: __del__ runs once, the pass collects nothing (0), and the
# next collection frees the object without calling __del__ again (3.8-3.10: 2, 3.11+: 1).
import gc
gc.disable()
gc.collect()
saved = []

class R:
    def __del__(self):
        print("__del__ called")
        saved.append(self)

r = R(); r.me = r
del r
print("collected:", gc.collect(), "resurrected:", len(saved))
saved.clear()
print("collected again:", gc.collect())
