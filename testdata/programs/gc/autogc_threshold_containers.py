# Automatic collections under a small threshold, with containers made and dropped between
# them: dicts, tuples and slices that come from a free list (or go back to it) do not move
# the count, so the cycles' __del__ lines fall where CPython's allocation count puts them.
import gc


class Cycle:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  __del__", self.name)


data = [1, 2, 3, 4, 5, 6]
x = 0
gc.set_threshold(8)
for round in range(6):
    Cycle("c%d" % round)
    d = {"a": x}          # dict display: free list
    t = (x, round)        # 2-tuple: free list
    s = data[1:4]         # a slice (cache) and a list (free list)
    kept = [d, t, s]
    print("round", round, "made", len(kept), "containers")
    kept = None
print("stopping")
gc.set_threshold(0)
