import gc, sys
gc.disable()
x0 = gc.get_count()[0]
import atexit
x1 = gc.get_count()[0]
import itertools
x2 = gc.get_count()[0]
print("atexit", x1 - x0, "itertools", x2 - x1)
