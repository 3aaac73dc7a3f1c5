# A 100 000-node linked list freed at once does not overflow the C stack (trashcan);
# only a summary is printed: every node finalized, first and last finalized node.
class N:
    __slots__ = ("i", "nxt")
    def __init__(self, i, nxt): self.i = i; self.nxt = nxt
    def __del__(self):
        global count, last
        count += 1
        last = self.i
count = 0
last = None
head = None
for i in range(100000):
    head = N(i, head)
print("built")
head = None
print("freed", count, "nodes; last finalized:", last)
