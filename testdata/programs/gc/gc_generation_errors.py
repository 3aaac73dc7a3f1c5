# gc.collect() accepts generations 0-2 only: ValueError: invalid generation; the last call is
# uncaught and ends the program with status 1.
import gc

for g in (0, 1, 2):
    print(g, gc.collect(g) >= 0)
try:
    gc.collect(-1)
except ValueError as e:
    print("ValueError:", e)
gc.collect(3)
