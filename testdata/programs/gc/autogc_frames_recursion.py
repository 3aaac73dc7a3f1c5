# 3.8-3.10: a call takes its code's "zombie" frame or one from the frame free list (200),
# else a new frame object, which counts in generation 0; a frame that dies goes back there.
# 3.11+ frames are not objects: deep recursion does not move the count at all.
import gc

gc.disable()
count = gc.get_count
deepest = [0]


def down(n):
    if n == 0:
        deepest[0] = count()[0]
        return
    down(n - 1)


for depth in (10, 250, 250, 100):
    b = count()[0]
    down(depth)
    print("recursion", depth, "deep: at the bottom", deepest[0] - b, "after", count()[0] - b)
gc.collect()
b = count()[0]
down(100)
print("after gc.collect(): recursion 100 deep: at the bottom", deepest[0] - b, "after", count()[0] - b)
