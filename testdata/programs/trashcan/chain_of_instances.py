# Deleting the head of a 200-node linked list of instances: deallocation nests one level per
# node until the trashcan limit, then the rest is deferred. Each __del__ runs before the node
# releases its successor, so the finalizer order is 199..0 on every version despite deferral.
class N:
    def __init__(self, i, nxt): self.i = i; self.nxt = nxt
    def __del__(self): out.append(self.i)
def runs(seq):
    res = []
    start = prev = seq[0]
    step = 0
    for v in seq[1:]:
        d = v - prev
        if d in (1, -1) and (step == 0 or d == step):
            step = d
            prev = v
            continue
        res.append("%d..%d" % (start, prev) if start != prev else str(start))
        start = prev = v
        step = 0
    res.append("%d..%d" % (start, prev) if start != prev else str(start))
    return " ".join(res)
out = []
head = None
for i in range(200):
    head = N(i, head)
del head
print(len(out), runs(out))
