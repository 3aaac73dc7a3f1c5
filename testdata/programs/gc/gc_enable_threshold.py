# gc.isenabled/disable/enable and the thresholds: (700, 10, 10) on 3.8-3.12, (2000, 10, 10) on
# 3.13; set_threshold changes them; gc.collect() works while automatic collection is disabled.
import gc

class C:
    def __del__(self):
        print("__del__")

print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
c = C(); c.me = c
del c
print("explicit collect while disabled:", gc.collect())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(100)
print(gc.get_threshold())
gc.enable()
print(gc.isenabled())
