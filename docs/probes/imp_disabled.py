import gc
gc.disable()
a = gc.get_count()
import weakref
b = gc.get_count()
print(a, b)
print("collect:", gc.collect())
