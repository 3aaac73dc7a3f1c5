# Linked list of 120 nodes, each holding a payload instance: the trashcan interleaves node
# and payload deaths differently on 3.8-3.10 (2 levels per node), 3.11/3.12 (1 level) and
# 3.13 (no deferral at this depth).
class P:
    def __init__(self, i): self.i = i
    def __del__(self): out.append("P%d" % self.i)
class N:
    def __init__(self, i, nxt): self.nxt = nxt; self.p = P(i); self.i = i
    def __del__(self): out.append("N%d" % self.i)
def compress(seq):
    res = []
    i = 0
    while i < len(seq):
        j = i
        kind = seq[i][0]
        step = None
        while j + 1 < len(seq) and seq[j + 1][0] == kind:
            d = int(seq[j + 1][1:]) - int(seq[j][1:])
            if step is None and d in (1, -1):
                step = d
            if d != step:
                break
            j += 1
        res.append(seq[i] if i == j else "%s..%s" % (seq[i], seq[j]))
        i = j + 1
    return " ".join(res)
out = []
head = None
for i in range(120):
    head = N(i, head)
del head
print(compress(out))
