# Lists taken from the free list do not move gc.get_count()[0]. A full collection empties
# the free lists; objects freed afterwards refill them, and the next lists made come from
# there: the automatic collection of the cycle comes that many lists later.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  __del__", self.name)


x = 0
gc.collect()
# refill the free lists (the interpreter's own temporaries come from them too)
junk = [[x], [x], [x], [x], [x], [x], {x: x}, {x: x}, (x,), (x,), (x,), (x, x), (x, x), (x, x, x), (x, x, x)]
junk = [junk.append, junk.append, print, print]
junk = None
gc.set_threshold(10)
Node("cycle-1")
keep = []
for i in range(24):
    keep.append([i])
    if i % 2 == 1:
        print("made", i + 1, "lists")
print("done")
