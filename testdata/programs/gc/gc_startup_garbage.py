# With gc disabled first, `import weakref` leaves 7 garbage objects (the temporary class
# types._C) on 3.9, 3.10, 3.12 and 3.13; 0 on 3.8 (types not imported) and 3.11 (already loaded).
import gc
gc.disable()
print(gc.collect())
import weakref
print("after import weakref:", gc.collect())
print("again:", gc.collect())
